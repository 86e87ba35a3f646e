/** Text normalisation shared by the integrity checks and search. */

/** Removes all whitespace: the handbook's spacing is the stylesheet's job, so comparisons ignore it. */
export const stripWhitespace = (text: string): string => text.replace(/\s+/g, '');

/** Splits Chinese text into sentences, each keeping its closing 。？！ (and any closing quote after it). */
export function splitSentences(text: string): string[] {
  return text.match(/[^。？！]+(?:[。？！]+[”’」』]?|$)/g)?.filter((s) => s.trim() !== '') ?? [];
}
