/** The search page's address, which carries the query so that results can be shared, and how typing moves history. */

/** The search page's address for a query: /search/?q=差额 (the bare page for an empty query). */
export const searchHref = (searchPath: string, text: string): string =>
  text === '' ? searchPath : `${searchPath}?q=${encodeURIComponent(text)}`;

/**
 * How a change of query enters the history. A search the reader has settled on (loaded from an address, submitted,
 * or returned to with Back) keeps its entry: the next query gets a new one, so Back returns to it. While typing,
 * each further keystroke replaces that new entry instead of piling up one entry per character.
 */
export function historyStep(settled: boolean, current: string, next: string): 'push' | 'replace' | 'none' {
  if (next === current) return 'none';
  return settled && current !== '' ? 'push' : 'replace';
}
