// When Pagefind or the handbook's text does not arrive for a search, says why, as the load guard does for the page's
// own code (src/lib/load-guard.ts): a file gone because a new version was published (offer the reload), the network
// down, or a failure once. Pagefind's fetches are its own (the guard never sees them), so this asks for the failed
// file again itself.
import { failureText, reloadLabel, type LoadFailure } from '../../lib/load-guard';

/** The address or path a failed load names: Chromium and Firefox put it in a failed import's message, Pagefind in its own ("404 fetching /pagefind/…"). */
const failedFile = (error: unknown): string | undefined =>
  String(error instanceof Error ? error.message : error).match(/https?:\/\/[^\s'"`]+|\/\S*pagefind\/[^\s'"`]+/)?.[0];

const pagefind = `${import.meta.env.BASE_URL}pagefind/`;

/** Pagefind's files that every search needs: its script, its entry and, named in the entry, each index's page list. */
async function pagefindFiles(): Promise<string[]> {
  const entry = `${pagefind}pagefind-entry.json`;
  const languages = await fetch(entry, { cache: 'no-store' })
    .then((response) => response.json() as Promise<{ languages?: Record<string, { hash: string }> }>)
    .then((json) => Object.values(json.languages ?? {}), () => []);
  return [`${pagefind}pagefind.js`, entry, ...languages.map((language) => `${pagefind}pagefind.${language.hash}.pf_meta`)];
}

/**
 * Why a load failed: asks again for the failed file, or, where the error does not name it (Pagefind's own errors
 * often do not, nor Safari's failed imports), for the files every search needs; one gone means a new version was
 * published.
 */
export async function whyNotLoaded(error: unknown): Promise<LoadFailure> {
  if (navigator.onLine === false) return 'offline';
  // A service worker with a new version waiting: this page's files are from the version before.
  const registration = await navigator.serviceWorker?.getRegistration().catch(() => undefined);
  if (registration?.waiting && navigator.serviceWorker.controller) return 'updated';
  const named = failedFile(error);
  const statuses = await Promise.all(
    (named ? [named] : await pagefindFiles()).map((file) =>
      fetch(file, { method: 'HEAD', cache: 'no-store' }).then((response) => response.status, () => 0),
    ),
  );
  if (statuses.some((status) => status === 404 || status === 410)) return 'updated';
  return statuses.includes(0) ? 'offline' : 'failed';
}

/** Puts what happened, and the reload, in place of the results, as the load guard shows it elsewhere. */
export function showFailure(results: HTMLElement, failure: LoadFailure): void {
  const box = document.createElement('div');
  box.className = 'load-failure';
  box.setAttribute('role', 'alert');
  const text = document.createElement('p');
  text.textContent = failureText(failure, '搜索');
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.className = 'button';
  reload.textContent = reloadLabel;
  reload.addEventListener('click', () => location.reload());
  box.append(text, reload);
  results.replaceChildren(box);
}
