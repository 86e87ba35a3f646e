import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { extractBlocks } from '../../src/lib/blocks';
import { stripWhitespace } from '../../src/lib/text';

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

export interface PartFile {
  /** Part slug: the MDX file name. */
  part: string;
  mdx: string;
  front: { title: string; numeral?: string; order: number; short: string };
}

/** The handbook's MDX files with their frontmatter, in reading order. */
export const readParts = (): PartFile[] =>
  readdirSync(handbookDir)
    .filter((f) => f.endsWith('.mdx'))
    .map((file) => {
      const mdx = readFileSync(join(handbookDir, file), 'utf8');
      return { part: file.replace(/\.mdx$/, ''), mdx, front: parse(mdx.split('---')[1] ?? '') as PartFile['front'] };
    })
    .sort((a, b) => a.front.order - b.front.order);

/** Every part page's address ('/preface/', …, '/leadership/'), in reading order: a part's id is its address. */
export const readPartPaths = (): string[] => readParts().map((p) => `/${p.part}/`);

/** Every paragraph and heading of the handbook MDX (and each part's title), keyed by id, in reading order. */
export function readBlocks(): Map<string, SourceBlock> {
  const blocks = new Map<string, SourceBlock>();
  for (const { part, mdx, front } of readParts()) {
    if (front.numeral) blocks.set(part, { part, id: part, text: `${front.numeral}、${front.title}` });
    for (const block of extractBlocks(mdx)) blocks.set(block.id, { part, id: block.id, text: stripWhitespace(block.text) });
  }
  return blocks;
}
