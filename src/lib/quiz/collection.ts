import { getCollection } from 'astro:content';
import { partLabel } from '../parts';
import { getPartsInOrder } from '../parts-collection';
import { bankOf, type Bank } from './bank';

/** The question bank and the parts it cites, read from the content collections at build time. */
export async function readBank(): Promise<Bank> {
  const parts = (await getPartsInOrder()).map((p) => ({ id: p.id, order: p.data.order, label: partLabel(p.data) }));
  return bankOf(parts, (await getCollection('questions')).map((entry) => entry.data));
}
