/** The parts of Pagefind's data the search reads, and how a page's record becomes a part with its paragraphs. */
import type { Part } from './match';

/** An element with an id inside the indexed region, as Pagefind records it: its tag, id and indexed text. */
export interface PagefindAnchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

/** What `result.data()` gives for a page (only the fields used here). */
export interface PagefindPage {
  url: string;
  meta: Record<string, string | undefined>;
  anchors: PagefindAnchor[];
}

/** Paragraphs and headings; an id on an inline element inside one (a bold word) would repeat its text. */
const textBlocks = /^(p|h[1-6])$/i;

/**
 * A part from its Pagefind record: the paragraphs are the anchors, so every paragraph keeps the id it is linked by
 * and exactly the text Pagefind indexed (controls and widgets are left out at indexing time).
 */
export function partFromPage(page: PagefindPage): Part {
  return {
    url: page.url,
    title: page.meta['title'] ?? page.url,
    order: Number(page.meta['order'] ?? 0),
    paragraphs: page.anchors
      .filter((a) => textBlocks.test(a.element) && a.id !== '' && a.text.trim() !== '')
      .sort((a, b) => a.location - b.location)
      .map((a) => ({ id: a.id, text: a.text })),
  };
}
