import { createHash } from 'node:crypto';
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
  // The bank's version names its exact content, so that a 纠错 report says which questions the reader saw.
  const version = createHash('sha256').update(JSON.stringify(questions)).digest('hex').slice(0, 8);
  return { version, parts, questions };
}
