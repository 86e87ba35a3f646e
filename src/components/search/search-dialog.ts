// The search dialog: opened by the header button, by / (outside text fields) and by Ctrl+K or ⌘K; a native modal
// <dialog>, so the page behind is inert and Escape closes it; focus then returns to where it was. The search itself
// (search-ui.ts and Pagefind) is fetched on first use, not with every page.
const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
const pageSearch = document.querySelector<HTMLInputElement>('[data-search-page] input[name="q"]');

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
    if (!dialog.open) {
      returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    }
    input.focus();
    input.select();
    attached ??= import('./search-ui')
      .then(({ attachSearch }) => attachSearch(root, 'dialog'))
      .catch(() => {
        attached = undefined;
        root.querySelector('[data-search-results]')!.textContent = '搜索没有载入，请检查网络后再打开一次。';
      });
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
