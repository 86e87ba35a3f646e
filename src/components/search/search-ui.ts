// Wires a search box to its results: searches as the reader types (once an IME has committed the characters),
// renders the results with Preact, moves through them with the arrow keys and, on the search page, keeps the query
// in the address so that results can be shared and Back returns to the previous search.
import { h, render } from 'preact';
import { SearchResults, type SearchState } from './SearchResults';
import { historyStep, searchHref } from '../../lib/search/address';
import { searchHandbook } from '../../lib/search/outcome';
import type { Handbook } from '../../lib/search/match';
import { moveFocus, searchBox } from '../../lib/search/keys';
import { parseQuery, queryText } from '../../lib/search/query';
import { loadHandbook } from './search-pagefind';
import { showFailure, whyNotLoaded } from './search-failure';

type Mode = 'dialog' | 'page';

const searchPath = `${import.meta.env.BASE_URL}search/`;

/** Connects the search form inside `root` to its results element; in 'page' mode the address follows the query. */
export function attachSearch(root: HTMLElement, mode: Mode): void {
  const form = root.querySelector<HTMLFormElement>('form[data-search-form]')!;
  const results = root.querySelector<HTMLElement>('[data-search-results]')!;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  let handbook: Handbook | undefined;
  let shown: string | undefined;

  const draw = (state: SearchState) =>
    render(h(SearchResults, { state, searchPath, headingLevel: mode === 'page' ? 2 : 3 }), results);

  /** Shows the results for what the box holds, loading the handbook first if need be. */
  const show = async () => {
    const text = input.value;
    if (text === shown) return;
    shown = text;
    if (!handbook) {
      // The dev server has no index: Pagefind indexes the built pages (src/integrations/postbuild.ts), and an index
      // left from an earlier build would not match the pages being edited. So say so rather than show stale results.
      if (import.meta.env.DEV) return draw({ kind: 'needs-build' });
      draw({ kind: 'loading' });
      try {
        handbook = await loadHandbook();
      } catch (error) {
        // Tried again at the next keystroke; until then, what happened and the reload.
        shown = undefined;
        const failure = await whyNotLoaded(error);
        if (text !== input.value) return;
        render(null, results);
        showFailure(results, failure);
        return;
      }
      if (text !== input.value) return; // a later keystroke has its own search under way
    }
    draw({ kind: 'outcome', outcome: searchHandbook(handbook, text) });
  };

  // The address holds the query as parsed (words joined by one space), so the same search has one address.
  const address = () => searchHref(searchPath, queryText(parseQuery(input.value)));
  const addressQuery = () => queryText(parseQuery(new URL(location.href).searchParams.get('q') ?? ''));
  const settled = () => (history.state as { settled?: boolean } | null)?.settled ?? true;
  const follow = () => {
    const step = historyStep(settled(), addressQuery(), queryText(parseQuery(input.value)));
    if (step === 'push') history.pushState({ settled: false }, '', address());
    if (step === 'replace') history.replaceState({ settled: false }, '', address());
  };
  /** The search the reader settled on keeps its own history entry. */
  const settle = () => {
    follow();
    history.replaceState({ settled: true }, '', address());
  };

  const changed = () => {
    if (mode === 'page') follow();
    void show();
  };
  input.addEventListener('input', (event) => {
    // While an IME is composing, the box holds pinyin, not the words the reader is after.
    if (!(event as InputEvent).isComposing) changed();
  });
  input.addEventListener('compositionend', changed);

  form.addEventListener('submit', (event) => {
    // In the dialog, Enter opens the search page with the full results; on that page it settles the search.
    if (mode === 'dialog') return;
    event.preventDefault();
    settle();
    void show();
  });

  results.addEventListener('click', (event) => {
    const suggestion = (event.target as Element).closest<HTMLAnchorElement>('[data-search-suggestion]');
    if (!suggestion || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    input.value = suggestion.dataset['searchSuggestion'] ?? '';
    if (mode === 'page') settle();
    void show();
    input.focus();
  });

  // The box and the results are one list to the arrow keys (src/lib/search/keys.ts).
  root.addEventListener('keydown', (event) => {
    const hits = [...results.querySelectorAll<HTMLElement>('[data-search-hit]')];
    const onBox = document.activeElement === input;
    const at = hits.indexOf(document.activeElement as HTMLElement);
    if (!onBox && at < 0) return;
    const to = moveFocus(event.key, onBox ? searchBox : at, hits.length);
    if (to === undefined) return;
    event.preventDefault();
    (to === searchBox ? input : hits[to])?.focus();
  });

  if (mode === 'page') {
    input.value = new URL(location.href).searchParams.get('q') ?? '';
    window.addEventListener('popstate', () => {
      history.replaceState({ settled: true }, '');
      input.value = new URL(location.href).searchParams.get('q') ?? '';
      void show();
    });
  }
  void show();
}
