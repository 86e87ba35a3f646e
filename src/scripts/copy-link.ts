// Copy-link controls: copy the paragraph's address. Where the asynchronous clipboard is missing (an address that
// is not https, older WebViews) or refused (WeChat may refuse it), the older copy command is tried on the address
// selected in a field; where that fails too, the field stays under the paragraph, selected, to copy by hand
// (long press on a phone, where there may be no address bar to copy from).
import { toast } from './toast';

// One tab stop for all of a page's copy-links (a roving tabindex, as in a toolbar): Tab passes them with one press
// instead of one per paragraph (32 on part 六), while ↑ and ↓ (Home, End) move between them, so any paragraph's
// address is still copied from the keyboard. The tab stop is the link last used, at first the linked paragraph's.
// A screen reader's own reading and its list of links still find every one. Without scripts each is a plain link.
const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-copy-link]')];
const makeTabStop = (stop: HTMLAnchorElement | undefined) => {
  for (const link of links) link.tabIndex = link === stop ? 0 : -1;
};
makeTabStop(links.find((link) => link.hash === location.hash) ?? links[0]);
for (const link of links) link.title = '↑ ↓ 到其他段落的复制链接';
document.addEventListener('keydown', (event) => {
  const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-copy-link]');
  if (!link || event.altKey || event.ctrlKey || event.metaKey) return;
  const at = links.indexOf(link);
  const to = ({ ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: links.length - 1 } as Record<string, number>)[event.key];
  const next = to === undefined ? undefined : links[to];
  if (!next) return;
  event.preventDefault();
  makeTabStop(next);
  next.focus();
});

/** Shows the address in a selected field after `block`, replacing any shown before; returns the field. */
function showAddress(block: Element, address: string): HTMLInputElement {
  document.querySelector('[data-copy-box]')?.remove();
  const box = document.createElement('p');
  box.className = 'copy-box';
  box.dataset['copyBox'] = '';
  // Not the handbook's text: left out of the integrity check and of search, like the copy control itself.
  box.dataset['editorial'] = '';
  box.dataset['pagefindIgnore'] = '';
  const label = document.createElement('label');
  label.textContent = '本段链接';
  const field = document.createElement('input');
  field.readOnly = true;
  field.value = address;
  label.append(field);
  box.append(label);
  block.after(box);
  field.focus();
  field.select();
  return field;
}

document.addEventListener('click', async (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-copy-link]');
  if (!link) return;
  event.preventDefault();
  makeTabStop(link);
  const url = new URL(link.href, location.href);
  history.replaceState(null, '', url.hash);
  try {
    await navigator.clipboard.writeText(url.href);
    toast('已复制本段链接');
    return;
  } catch {
    // Missing or refused: fall through to the copy command.
  }
  const field = showAddress(link.parentElement!, url.href);
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    // Not allowed here either.
  }
  if (copied) {
    field.closest('[data-copy-box]')!.remove();
    toast('已复制本段链接');
  } else {
    toast('没能自动复制，链接已选中，请长按或按 Ctrl+C 复制');
  }
});
