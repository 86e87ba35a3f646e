import { readStored, writeStored, type SiteStorage } from '../versioned-storage';
import type { LiveSession } from './live';
import type { SessionRecord } from './record';

/**
 * What the presenter's device keeps about study sessions, as one JSON value under the localStorage key
 * `handbook:sessions` (apart from the reader's own progress, `handbook:quiz`; see src/lib/versioned-storage.ts), and
 * nowhere else:
 *
 *   {
 *     "version": 1,
 *     "live": { "d-7k3f": { …LiveSession } },   // sessions under way, by set code: a reload takes them up again
 *     "records": [ { …SessionRecord } ]         // the 学习记录 saved, in the order saved
 *   }
 *
 * A change of shape must raise `version`; data of another version is set aside with a notice, never half-read, and
 * data of a newer version is never written over.
 */
export const sessionsVersion = 1;

export interface Sessions {
  version: typeof sessionsVersion;
  live: Record<string, LiveSession>;
  records: SessionRecord[];
}

export const emptySessions = (): Sessions => ({ version: sessionsVersion, live: {}, records: [] });

/** What the secretary is told about stored sessions. */
export const sessionNotices = {
  unavailable: '此浏览器无法保存学习记录（存储已关闭或已满）。本场仍可照常进行，结束前请用“下载 CSV”或“下载 JSON”保存记录。',
  corrupted: '保存的学习记录数据已损坏，无法读取，已重新开始。',
  outdated: '保存的学习记录来自不同版本的网站，无法读取。',
  newer: '这里的学习记录是新版网站保存的，本页不会改动它们；本场的记录不会保存。请刷新页面换用新版。',
} as const;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isRecord = (value: unknown): value is SessionRecord =>
  isObject(value) &&
  value['version'] === 1 &&
  typeof value['id'] === 'string' &&
  typeof value['date'] === 'string' &&
  typeof value['code'] === 'string' &&
  Array.isArray(value['questions']) &&
  Array.isArray(value['names']);

const isLive = (value: unknown): value is LiveSession =>
  isObject(value) &&
  typeof value['code'] === 'string' &&
  typeof value['date'] === 'string' &&
  isObject(value['tally']) &&
  isObject(value['tally']['phones']) &&
  isObject(value['tally']['hands']) &&
  isObject(value['stage']);

/** The stored sessions and what to tell the secretary about them. Never throws. */
export function loadSessions(storage: SiteStorage | undefined): { data: Sessions; notices: string[] } {
  const stored = readStored(storage, 'sessions');
  const reset = (notice: string) => ({ data: emptySessions(), notices: [notice] });
  if (stored.kind === 'unavailable') return reset(sessionNotices.unavailable);
  if (stored.kind === 'none') return { data: emptySessions(), notices: [] };
  if (stored.kind === 'corrupted') return reset(sessionNotices.corrupted);
  const { version, value } = stored;
  if (version > sessionsVersion) return reset(sessionNotices.newer);
  if (version !== sessionsVersion) return reset(sessionNotices.outdated);
  const records = Array.isArray(value['records']) ? value['records'] : [];
  const live = isObject(value['live']) ? value['live'] : {};
  const goodRecords = records.filter(isRecord);
  const goodLive = Object.entries(live).filter((entry): entry is [string, LiveSession] => isLive(entry[1]));
  const notices = goodRecords.length < records.length || goodLive.length < Object.keys(live).length ? [sessionNotices.corrupted] : [];
  return { data: { version: sessionsVersion, live: Object.fromEntries(goodLive), records: goodRecords }, notices };
}

/** Saves the sessions; false when storage is missing, full or refuses, or holds a newer version's. Never throws. */
export const saveSessions = (storage: SiteStorage | undefined, data: Sessions): boolean => writeStored(storage, 'sessions', data);

/** The saved records, newest date first (and, within a day, the one saved last first). */
export const recordsByDate = (data: Sessions): SessionRecord[] =>
  data.records
    .map((record, index) => ({ record, index }))
    .sort((a, b) => (a.record.date < b.record.date ? 1 : a.record.date > b.record.date ? -1 : b.index - a.index))
    .map(({ record }) => record);

/** The sessions with a record added, or replaced if one of its id is there. */
export const withRecord = (data: Sessions, record: SessionRecord): Sessions => ({
  ...data,
  records: [...data.records.filter((r) => r.id !== record.id), record],
});

export const withoutRecord = (data: Sessions, id: string): Sessions => ({ ...data, records: data.records.filter((r) => r.id !== id) });

export const withLive = (data: Sessions, session: LiveSession): Sessions => ({ ...data, live: { ...data.live, [session.code]: session } });

export function withoutLive(data: Sessions, code: string): Sessions {
  const live = { ...data.live };
  delete live[code];
  return { ...data, live };
}
