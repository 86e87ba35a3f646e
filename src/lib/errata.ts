import type { ErrataEntry } from '../schemas/errata';

/** Where the source breaks a paragraph: a blank line between two runs of text. */
const paragraphBreak = /\n[^\S\n]*\n\s*/g;

/**
 * Every blank-line break in the source that falls inside a sentence (a page-boundary artefact), shown with a few
 * characters either side.
 */
export function midSentenceBreaks(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(paragraphBreak)) {
    const before = source.slice(0, m.index).trimEnd();
    if (before !== '' && !/[。？！：]$/.test(before)) found.push(`${before.slice(-8)}⏎${source.slice(m.index + m[0].length, m.index + m[0].length + 6)}`);
  }
  return found;
}

/**
 * The source with every located correction applied. Each `before` must stand in the source exactly once,
 * so an entry can never silently apply somewhere else or nowhere. Conventions (spacing) change nothing here:
 * whitespace is ignored wherever text is compared.
 */
export function applyErrata(source: string, entries: readonly ErrataEntry[]): string {
  let text = source;
  for (const entry of entries) {
    if (entry.kind === 'spacing') continue;
    const count = text.split(entry.before).length - 1;
    if (count !== 1) {
      throw new Error(`Errata entry ${entry.id}: its "before" text occurs ${count} times in the source, not once.`);
    }
    text = text.replace(entry.before, entry.after);
  }
  return text;
}
