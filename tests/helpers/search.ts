import { prepareHandbook, type Part } from '../../src/lib/search/match';
import { readBlocks } from './handbook';

/** The eight parts as the search sees them, built from the handbook MDX: each part's title and paragraphs by id. */
export function handbookParts(): Part[] {
  const parts = new Map<string, Part>();
  for (const block of readBlocks().values()) {
    const part = parts.get(block.part) ?? { url: `/${block.part}/`, title: block.part, order: parts.size, paragraphs: [] };
    if (block.id === block.part) part.title = block.text;
    part.paragraphs.push({ id: block.id, text: block.text });
    parts.set(block.part, part);
  }
  return [...parts.values()];
}

/** The handbook ready to search, from the MDX. */
export const handbook = prepareHandbook(handbookParts());

/** How often `phrase` stands in each part, by plain substring search over its paragraphs: the ground truth. */
export function countsByPart(phrase: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const part of handbookParts()) {
    const n = part.paragraphs.reduce((sum, p) => sum + p.text.split(phrase).length - 1, 0);
    if (n > 0) counts.set(part.url, n);
  }
  return counts;
}
