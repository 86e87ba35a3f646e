import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { extractBlocks } from '../../lib/blocks';
import { readBank } from '../../lib/quiz/collection';

/**
 * The paragraphs the question bank cites, by anchor, for the quiz's 提示: fetched only when a reader asks for a
 * hint, so the question bank itself stays small.
 */
export const GET: APIRoute = async () => {
  const cited = new Set((await readBank()).questions.map((q) => q.source.anchor));
  const blocks = (await getCollection('parts')).flatMap((part) => extractBlocks(part.body ?? ''));
  return Response.json(Object.fromEntries(blocks.filter((b) => cited.has(b.id)).map((b) => [b.id, b.text])));
};
