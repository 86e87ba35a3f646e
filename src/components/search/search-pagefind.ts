// Loads the handbook for searching through Pagefind, once per page view. Pagefind's word index cannot answer
// substring queries in Chinese (a phrase may start or end inside one of its words), so it is asked only for what it
// holds exactly: the list of indexed pages (a search with no term) and each page's record, whose anchors are the
// paragraphs with their ids and text. Matching is then exact, in src/lib/search.
import { prepareHandbook, type Handbook } from '../../lib/search/match';
import { partFromPage, type PagefindPage } from '../../lib/search/pagefind';

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null): Promise<{ results: { data(): Promise<PagefindPage> }[] }>;
}

let loading: Promise<Handbook> | undefined;

/** The eight parts, ready to search; fetched on first use and then held, so later searches need no network. */
export function loadHandbook(): Promise<Handbook> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${import.meta.env.BASE_URL}pagefind/pagefind.js`)) as Pagefind;
    // Pagefind's web worker would cost another 12 KB for one page list; every later search runs without Pagefind.
    await pagefind.options({ noWorker: true });
    const { results } = await pagefind.search(null);
    const pages = await Promise.all(results.map((result) => result.data()));
    return prepareHandbook(pages.map(partFromPage));
  })();
  // A failed load (the network dropped before the index arrived) is tried again on the next search.
  loading.catch(() => (loading = undefined));
  return loading;
}
