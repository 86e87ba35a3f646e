import { getCollection } from 'astro:content';
import { inReadingOrder as partsInReadingOrder, partLabel } from '../parts';
import { inReadingOrder, type Bank } from './bank';

/** The question bank and the parts it cites, read from the content collections at build time. */
export async function readBank(): Promise<Bank> {
  const parts = partsInReadingOrder(await getCollection('parts')).map((p) => ({
    part: p.data.order === 0 ? ('preface' as const) : p.data.order,
    slug: p.id,
    label: partLabel(p.data),
  }));
  const questions = inReadingOrder((await getCollection('questions')).map((entry) => entry.data));
  return { parts, questions };
}
