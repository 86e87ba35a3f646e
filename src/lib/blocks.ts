/** A paragraph or sub-heading of a part, as written in its MDX (`<P id="…">` or `<H2 id="…">`). */
export interface Block {
  tag: 'P' | 'H2';
  /** The id written in the content. */
  id: string;
  /** Its text without markup (such as <strong>), trimmed. */
  text: string;
}

/** Every paragraph and sub-heading of a part, in order, read from its MDX body. */
export function extractBlocks(mdx: string): Block[] {
  return [...mdx.matchAll(/<(P|H2) id="([^"]+)">([\s\S]*?)<\/\1>/g)].map((m) => ({
    tag: m[1] as Block['tag'],
    id: m[2]!,
    text: m[3]!.replace(/<[^>]+>/g, '').trim(),
  }));
}

/** An entry of a part's on-page contents list. */
export interface Heading {
  id: string;
  text: string;
}

/**
 * The sub-headings of a part. The headings are JSX so that their ids are written in the content;
 * Astro's own heading list covers only Markdown `##` headings.
 */
export const extractHeadings = (mdx: string): Heading[] =>
  extractBlocks(mdx)
    .filter((block) => block.tag === 'H2')
    .map(({ id, text }) => ({ id, text }));
