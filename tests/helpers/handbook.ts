import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..', '..');
const handbookDir = join(root, 'content', 'handbook');

export interface SourceBlock {
  /** Part slug: the MDX file name. */
  part: string;
  /** The id written in the content (the part's own slug for its title). */
  id: string;
  /** The text with markup and whitespace removed. */
  text: string;
}

/** The project's copy of the source, exactly as received. */
export const readSource = (): string => readFileSync(join(root, 'content', 'source', 'handbook.txt'), 'utf8');

/** Every paragraph and heading of the handbook MDX (and each part's title), keyed by id, in reading order. */
export function readBlocks(): Map<string, SourceBlock> {
  const files = readdirSync(handbookDir).filter((f) => f.endsWith('.mdx'));
  const parts = files
    .map((file) => {
      const mdx = readFileSync(join(handbookDir, file), 'utf8');
      const front = parse(mdx.split('---')[1] ?? '') as { title: string; number?: string; order: number };
      return { part: file.replace(/\.mdx$/, ''), mdx, front };
    })
    .sort((a, b) => a.front.order - b.front.order);
  const blocks = new Map<string, SourceBlock>();
  for (const { part, mdx, front } of parts) {
    if (front.number) blocks.set(part, { part, id: part, text: `${front.number}、${front.title}` });
    for (const m of mdx.matchAll(/<(P|H2) id="([^"]+)">([\s\S]*?)<\/\1>/g)) {
      blocks.set(m[2]!, { part, id: m[2]!, text: m[3]!.replace(/<[^>]+>/g, '').replace(/\s+/g, '') });
    }
  }
  return blocks;
}
