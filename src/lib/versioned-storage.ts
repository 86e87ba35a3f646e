/**
 * What the site keeps on the reader's device, in localStorage, and nowhere else. Every key is `handbook:<name>`:
 *
 *   handbook:reader-settings   text size, colour scheme, 长辈模式 (src/lib/reader-settings.ts; read before first paint)
 *   handbook:quiz              the reader's quiz progress (src/lib/quiz/storage.ts)
 *   handbook:sessions          the presenter's study sessions and 学习记录 (src/lib/session/store.ts)
 *   handbook:room              a member's phone in a study session (src/lib/session/phone.ts)
 *
 * Each but the settings is one versioned JSON value, its shape's `version` beside its fields; reading and writing
 * those goes through this module, so that all of them move from their former keys, refuse to be half-read, and never
 * write over data of a newer version of the site than the page knows (a page left open across a deployment).
 */

/** The part of the Web Storage API the site uses; tests pass a fake. */
export type SiteStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The key of one thing the site keeps. */
export const siteKey = (name: string): string => `handbook:${name}`;

/** The versioned values, by name, and the key each was kept under before the `handbook:` scheme (moved on first read). */
export const versionedKeys = {
  quiz: { key: siteKey('quiz'), former: 'ershida-quiz' },
  sessions: { key: siteKey('sessions'), former: 'ershida-sessions' },
  room: { key: siteKey('room'), former: 'ershida-room' },
} as const;

export type VersionedName = keyof typeof versionedKeys;

/** What is stored under a versioned key. */
export type Stored =
  /** Storage is missing, or refuses to be read (storage switched off). */
  | { kind: 'unavailable' }
  | { kind: 'none' }
  /** Not JSON, or not an object with a version number: nothing in it can be trusted. */
  | { kind: 'corrupted' }
  | { kind: 'found'; version: number; value: Record<string, unknown> };

/** window.localStorage, or undefined where it is missing or merely touching it throws (storage disabled). */
export function browserStorage(): SiteStorage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The stored text, null if there is none, undefined if storage refuses to be read. */
function readText(storage: SiteStorage, key: string): string | null | undefined {
  try {
    return storage.getItem(key);
  } catch {
    return undefined;
  }
}

/**
 * The text under a versioned key. Data under the former key is moved to the new one, verbatim (broken or newer
 * data too: it is not this module's to judge), and the former key removed only once the copy is written; if
 * storage refuses the write, the former key is read as it is, so nothing is ever lost.
 */
function readMoving(storage: SiteStorage, name: VersionedName): string | null | undefined {
  const { key, former } = versionedKeys[name];
  const text = readText(storage, key);
  if (text !== null) return text;
  const old = readText(storage, former);
  if (old === null || old === undefined) return text;
  try {
    storage.setItem(key, old);
    storage.removeItem(former);
  } catch {
    // Full or refused: keep reading the former key.
  }
  return old;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads a versioned value. Never throws. */
export function readStored(storage: SiteStorage | undefined, name: VersionedName): Stored {
  const text = storage && readMoving(storage, name);
  if (text === undefined) return { kind: 'unavailable' };
  if (text === null) return { kind: 'none' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'corrupted' };
  }
  const version = isObject(value) ? value['version'] : undefined;
  if (!isObject(value) || typeof version !== 'number' || !Number.isInteger(version)) return { kind: 'corrupted' };
  return { kind: 'found', version, value };
}

/**
 * Saves a versioned value; false when it is not saved: storage missing, full or refusing, or what is stored is of a
 * newer version than `data` (left untouched). Never throws.
 */
export function writeStored(storage: SiteStorage | undefined, name: VersionedName, data: { version: number }): boolean {
  const stored = readStored(storage, name);
  if (!storage || stored.kind === 'unavailable' || (stored.kind === 'found' && stored.version > data.version)) return false;
  try {
    storage.setItem(versionedKeys[name].key, JSON.stringify(data));
    return true;
  } catch {
    return false;
  }
}

/** Whether storage takes a write: Safari's old private mode reads fine but throws on every write. */
export function canWrite(storage: SiteStorage): boolean {
  const probe = siteKey('probe');
  try {
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}
