// The offline page (src/pages/offline.astro): a slashless address of a saved page goes on to it, and the page says
// which copy of the site this browser holds.
import { heldMessage, savedKey } from '../lib/offline-copy';

async function savedPage(path: string): Promise<string | undefined> {
  if (path.endsWith('/') || !('caches' in window)) return undefined;
  const page = new URL(`${path}/index.html`, location.href);
  return (await caches.match(page.href, { ignoreSearch: true })) ? `${path}/${location.search}${location.hash}` : undefined;
}

const held = document.querySelector<HTMLElement>('[data-offline-held]');
const stored = (() => {
  try {
    return localStorage.getItem(savedKey);
  } catch {
    return null;
  }
})();
const message = heldMessage(stored);
if (held && message) {
  held.textContent = message;
  held.hidden = false;
}
savedPage(location.pathname).then((to) => to && location.replace(to), () => {});
