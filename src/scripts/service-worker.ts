// Installs the site for offline use, and when a new version has been deployed offers a quiet reload
// (新版本可用) instead of reloading by itself: a reader in the middle of a quiz decides when. It also keeps the
// offline copy whole: it asks the browser to keep it (persistent storage), says quietly when it is ready, and
// saves it again on the next visit online if the browser has thrown the cache away. Where there is no service
// worker (WeChat on iOS), the footer says so quietly, and how to get offline reading.
import { offlineNote } from '../lib/offline-note';
import { precacheKey, precacheName, readyMessage, savedKey, type PrecacheEntry } from '../lib/offline-copy';
import { toastWhenFree } from './toast';

const prompt = document.querySelector<HTMLElement>('[data-update-prompt]');
const base = import.meta.env.BASE_URL;
const note = document.querySelector<HTMLElement>('[data-offline-note]');
const noteText = offlineNote('serviceWorker' in navigator, navigator.userAgent);
if (note && noteText) {
  note.textContent = noteText;
  note.hidden = false;
}

function offerReload(waiting: ServiceWorker) {
  if (!prompt) return;
  prompt.hidden = false;
  prompt.querySelector('[data-update-reload]')?.addEventListener('click', () => {
    navigator.serviceWorker.addEventListener(
      'controllerchange',
      () => {
        noteSaved(new Date().toISOString());
        location.reload();
      },
      { once: true },
    );
    waiting.postMessage({ type: 'SKIP_WAITING' });
  });
  prompt.querySelector('[data-update-later]')?.addEventListener('click', () => (prompt.hidden = true));
}

function noteSaved(iso: string) {
  try {
    localStorage.setItem(savedKey, iso);
  } catch {
    // Storage refused (private mode): the copy works, it is just not dated.
  }
}

/** Resolves when `worker` is active, that is, when everything it precaches is in the cache. */
const activated = (worker: ServiceWorker) =>
  new Promise<void>((resolve) => {
    if (worker.state === 'activated') return resolve();
    worker.addEventListener('statechange', () => worker.state === 'activated' && resolve());
  });

/** Once a first (or repaired) copy is complete: note when, say so, and ask the browser not to evict it. */
async function savedOffline(worker: ServiceWorker) {
  await activated(worker);
  const now = new Date().toISOString();
  noteSaved(now);
  toastWhenFree(readyMessage(now));
  await navigator.storage?.persist?.().catch(() => false);
}

/** Whether the worker's cache has gone (cleared or evicted by the browser) while the worker stayed. */
async function precacheMissing(registration: ServiceWorkerRegistration): Promise<boolean> {
  if (!(await caches.has(precacheName(registration.scope)))) return true;
  const cache = await caches.open(precacheName(registration.scope));
  return !(await cache.match(new URL('index.html', registration.scope).href, { ignoreSearch: true }));
}

/** Puts back what the worker precached, filed as it files it (a worker never refills its cache by itself). */
async function refill(registration: ServiceWorkerRegistration) {
  const entries: PrecacheEntry[] = await (await fetch(`${base}precache.json`, { cache: 'no-store' })).json();
  const cache = await caches.open(precacheName(registration.scope));
  for (const entry of entries) {
    const key = precacheKey(entry, location.origin);
    if (await cache.match(key)) continue;
    const response = await fetch(entry.url, { cache: 'reload' });
    if (!response.ok) throw new Error(`${entry.url}: ${response.status}`);
    await cache.put(key, response);
  }
}

async function start() {
  const registration = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
  // Only an update of a page already under a worker is offered; the first install caches and says so quietly.
  if (registration.waiting && navigator.serviceWorker.controller) offerReload(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const incoming = registration.installing;
    incoming?.addEventListener('statechange', () => {
      if (incoming.state === 'installed' && navigator.serviceWorker.controller) offerReload(incoming);
    });
  });
  if (!navigator.serviceWorker.controller) {
    const first = registration.installing ?? registration.waiting;
    if (first) await savedOffline(first);
    return;
  }
  // A worker whose cache is gone answers from the network and never caches again: refill it, online.
  if (navigator.onLine && registration.active && !registration.installing && !registration.waiting && (await precacheMissing(registration))) {
    await refill(registration);
    await savedOffline(registration.active);
  }
}

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  start().catch(() => {
    // No service worker (private mode, unsupported host): the site still works online.
  });
}
