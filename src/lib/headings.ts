/** An entry of a part's on-page contents list. */
export interface Heading {
  id: string;
  text: string;
}

/**
 * The sub-headings of a part, read from its MDX body. The headings are JSX (`<H2 id="…">…</H2>`) so that
 * their ids are written in the content; Astro's own heading list covers only Markdown `##` headings.
 */
export function extractHeadings(mdx: string): Heading[] {
  return [...mdx.matchAll(/<H2 id="([^"]+)">([\s\S]*?)<\/H2>/g)].map((m) => ({
    id: m[1]!,
    text: m[2]!.trim(),
  }));
}
