// Installs the site for offline use, and when a new version has been deployed offers a quiet reload
// (新版本可用) instead of reloading by itself: a reader in the middle of a quiz decides when. Where there is no
// service worker (WeChat on iOS), the footer says so quietly, and how to get offline reading.
import { offlineNote } from '../lib/offline-note';

const prompt = document.querySelector<HTMLElement>('[data-update-prompt]');
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
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  });
  prompt.querySelector('[data-update-later]')?.addEventListener('click', () => (prompt.hidden = true));
}

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  navigator.serviceWorker
    .register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
    .then((registration) => {
      // Only an update of a page already under a worker is offered; the first install just caches quietly.
      if (registration.waiting && navigator.serviceWorker.controller) offerReload(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const incoming = registration.installing;
        incoming?.addEventListener('statechange', () => {
          if (incoming.state === 'installed' && navigator.serviceWorker.controller) offerReload(incoming);
        });
      });
    })
    .catch(() => {
      // No service worker (private mode, unsupported host): the site still works online.
    });
}
