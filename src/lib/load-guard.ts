/**
 * The one place that notices when code fails to load, for every page script and every island, so that no part of
 * a page sits dead without a word: a script that fails, a dynamic import that fails, and an
 * island whose code does not arrive (Astro only logs those and leaves the server-rendered content looking alive).
 * It is inline, in the pre-paint script (src/lib/prepaint.ts), because a guard loaded as a file could fail too.
 *
 * What the reader is told depends on why the file did not come: it is gone (a new version was published, so the
 * page must be reloaded), the network is down, or it failed once and is there now. Each says what to do and that
 * the text still reads; an island that failed shows its readable fallback (the quiz's questions and answer key).
 */

/** Why a file did not load, found by asking for it again. */
export type LoadFailure = 'updated' | 'offline' | 'failed';

/** Where it shows: beside one island, or at the top of the page for a page script. */
export type FailedPart = 'island' | 'page';

const what: Record<FailedPart, string> = { island: '这部分的交互功能', page: '网页的部分功能' };
/** Each cause's message, with % for what failed. */
const templates: Record<LoadFailure, string> = {
  updated: '网站刚刚发布了新版本，%需要重新载入页面才能使用。',
  offline: '网络连接中断，%没能载入。正文仍可阅读；连上网络后请重新载入。',
  failed: '%没能载入。正文仍可阅读；请重新载入再试。',
};

/** The message for a failure of `subject` (搜索, for one), in the reader's terms. */
export const failureText = (failure: LoadFailure, subject: string): string => templates[failure].replace('%', subject);

/** The message for a failure, in the reader's terms. */
export const failureMessage = (failure: LoadFailure, part: FailedPart): string => failureText(failure, what[part]);

/** The label of the button that reloads the page. */
export const reloadLabel = '重新载入';

/**
 * The inline script (classic, so that nothing it needs can fail to load), sent without its indentation since every
 * page carries it. Islands are probed with the same imports Astro makes when the island starts (they share the
 * browser's module map, so nothing loads twice). Astro retries a failed island once: if that works, the island
 * hydrates (loses its ssr attribute) and the message goes, or is never shown if it does so within a moment.
 */
// Marked pure so that a page script importing the messages alone (the search's) does not carry the script text.
export const loadGuardScript = /* @__PURE__ */ `(() => {
  const templates = ${JSON.stringify(templates)};
  const what = ${JSON.stringify(what)};
  const shown = new Set();
  const cause = (url) =>
    url ? fetch(url, { method: 'HEAD', cache: 'no-store' }).then((r) => (r.status === 404 || r.status === 410 ? 'updated' : 'failed'), () => 'offline') : Promise.resolve('failed');
  const notify = async (url, island) => {
    const key = island || 'page';
    if (shown.has(key)) return;
    shown.add(key);
    const failure = await cause(url);
    const box = document.createElement('div');
    box.className = 'load-failure';
    box.setAttribute('role', 'alert');
    const text = document.createElement('p');
    text.textContent = templates[failure].replace('%', what[island ? 'island' : 'page']);
    const reload = document.createElement('button');
    reload.type = 'button';
    reload.className = 'button';
    reload.textContent = ${JSON.stringify(reloadLabel)};
    reload.addEventListener('click', () => location.reload());
    box.append(text, reload);
    if (island) {
      const hydrated = () => !island.hasAttribute('ssr');
      await new Promise((done) => setTimeout(done, 1500));
      if (hydrated()) return;
      island.setAttribute('data-load-failed', '');
      island.before(box);
      new MutationObserver((_, observer) => {
        if (!hydrated()) return;
        observer.disconnect();
        box.remove();
        island.removeAttribute('data-load-failed');
      }).observe(island, { attributes: true, attributeFilter: ['ssr'] });
    } else {
      // An open modal dialog (the search's) leaves the page behind it inert and hidden: the message goes in it, and
      // follows a dialog opened after it (a failure on the way to the search button, before the click opens it).
      const place = () => {
        const where = document.querySelector('dialog[open]') || document.querySelector('main') || document.body;
        if (box.parentElement !== where) where.prepend(box);
      };
      const start = () => {
        place();
        new MutationObserver(place).observe(document.body, { subtree: true, attributeFilter: ['open'] });
      };
      document.body ? start() : addEventListener('DOMContentLoaded', start);
    }
  };
  addEventListener('error', (e) => {
    const t = e.target;
    // Not <link rel=modulepreload>: Firefox fires error on those under the service worker though the module loads,
    // and a module that truly fails also fails the script or import() that needs it, which are caught here.
    if (t instanceof HTMLScriptElement && t.src) notify(t.src);
  }, true);
  addEventListener('unhandledrejection', (e) => {
    const m = String((e.reason && e.reason.message) || e.reason);
    if (/dynamically imported module|module script failed|error loading/i.test(m)) notify((m.match(/https?:[^\\s'"]+/) || [])[0]);
  });
  addEventListener('vite:preloadError', (e) => notify(e.payload && String(e.payload.message).match(/https?:[^\\s'"]+/)?.[0]));
  const probe = (island) =>
    Promise.all(
      ['renderer-url', 'before-hydration-url', 'component-url']
        .map((a) => island.getAttribute(a))
        .filter(Boolean)
        .map((url) => import(url).catch(() => Promise.reject(url))),
    ).catch((url) => notify(new URL(url, location.href).href, island));
  const watch = () => {
    const visible = new IntersectionObserver((entries) => {
      for (const e of entries) if (e.isIntersecting) {
        const island = e.target.closest('astro-island');
        for (const child of island.children) visible.unobserve(child);
        probe(island);
      }
    });
    for (const island of document.querySelectorAll('astro-island[ssr]')) {
      if (island.parentElement.closest('astro-island')) continue;
      if (island.getAttribute('client') === 'visible') for (const child of island.children) visible.observe(child);
      else probe(island);
    }
  };
  document.readyState === 'loading' ? addEventListener('DOMContentLoaded', watch) : watch();
})();`.replace(/^\s+/gm, '');
