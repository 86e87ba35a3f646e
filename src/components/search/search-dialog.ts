// The search dialog: opened by the header button, by / (outside text fields) and by Ctrl+K or ⌘K; a native modal
// <dialog>, so the page behind is inert and Escape closes it; focus then returns to where it was. The search itself
// (search-ui.ts and Pagefind) is fetched on first use, not with every page; on the search page, at once. If its code
// fails to load, the load guard (src/lib/load-guard.ts) says why, in the open dialog or atop the search page; a
// failure of Pagefind's files is search-ui's to tell (search-failure.ts).

const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
const searchPage = document.querySelector<HTMLElement>('[data-search-page]');
const pageSearch = searchPage?.querySelector<HTMLInputElement>('input[name="q"]');

/** Loads the search and attaches it to the form in `root`. */
const attach = (root: HTMLElement, mode: 'dialog' | 'page') => import('./search-ui').then(({ attachSearch }) => attachSearch(root, mode));

if (searchPage) void attach(searchPage, 'page').catch(() => undefined);

if (dialog) {
  const root = dialog.querySelector<HTMLElement>('[data-search-root]')!;
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  let returnTo: HTMLElement | null = null;
  let attached: Promise<void> | undefined;

  const open = () => {
    // On the search page, the page's own box is the search.
    if (pageSearch) {
      pageSearch.focus();
      pageSearch.select();
      return;
    }
    // Below the browser floor (Safari before 15.4) there is no modal dialog: the search page does the same job.
    if (typeof dialog.showModal !== 'function') {
      location.assign(`${import.meta.env.BASE_URL}search/`);
      return;
    }
    if (!dialog.open) {
      returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    }
    input.focus();
    input.select();
    // Tried again when the dialog is opened again.
    attached ??= attach(root, 'dialog').catch(() => (attached = undefined));
  };

  dialog.addEventListener('close', () => returnTo?.focus());
  dialog.querySelector('[data-search-close]')!.addEventListener('click', () => dialog.close());
  // A click on the backdrop (outside the dialog's body) closes it.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });

  for (const button of document.querySelectorAll<HTMLElement>('[data-search-open]')) {
    button.addEventListener('click', open);
    // Fetch the search code as soon as the reader heads for the button.
    for (const intent of ['pointerenter', 'focus']) button.addEventListener(intent, () => void import('./search-ui'), { once: true });
  }

  const typing = (target: EventTarget | null) =>
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  document.addEventListener('keydown', (event) => {
    const shortcut =
      ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') ||
      (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typing(event.target));
    if (!shortcut || event.isComposing) return;
    event.preventDefault();
    open();
  });
}
