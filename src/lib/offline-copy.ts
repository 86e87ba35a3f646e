/**
 * The reader's offline copy of the site: when it was saved (kept in the browser, set by the service worker's page
 * script once every page is cached), and how that is said to the reader.
 */
export const savedKey = 'handbook:offline-saved';

/** "2026年12月1日 21:03": the time in the reader's own clock. */
export function savedAt(iso: string): string | undefined {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日 ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The quiet note when the copy is ready. */
export const readyMessage = (iso: string) => `已可离线阅读：本机保存了 ${savedAt(iso) ?? ''} 取得的全部内容。`;

/** What the offline page says about the copy, or nothing if there is none on record. */
export function heldMessage(iso: string | null): string | undefined {
  const when = iso ? savedAt(iso) : undefined;
  return when ? `本机保存的是 ${when} 取得的版本，网站的各页断网也能阅读。` : undefined;
}

/** One file of the service worker's precache, as listed in precache.json (src/integrations/postbuild.ts). */
export interface PrecacheEntry {
  url: string;
  revision: string | null;
}

/** The service worker's (Workbox's) precache: its cache name for a scope, and the key it files an entry under. */
export const precacheName = (scope: string) => `workbox-precache-v2-${scope}`;
export function precacheKey({ url, revision }: PrecacheEntry, origin: string): string {
  const key = new URL(url, origin);
  if (revision) key.searchParams.set('__WB_REVISION__', revision);
  return key.href;
}
