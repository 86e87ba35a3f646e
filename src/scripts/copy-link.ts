// Copy-link controls: copy the paragraph's address; where the clipboard is refused, go to the
// paragraph instead so its address stands in the address bar to copy by hand.
import { toast } from './toast';

document.addEventListener('click', async (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-copy-link]');
  if (!link) return;
  event.preventDefault();
  const url = new URL(link.href, location.href);
  try {
    await navigator.clipboard.writeText(url.href);
    history.replaceState(null, '', url.hash);
    toast('已复制本段链接');
  } catch {
    location.hash = url.hash;
    toast('已定位到本段，可从地址栏复制链接');
  }
});
