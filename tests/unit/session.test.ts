import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/schemas/question';
import { decodeResult, encodeResult, newPhoneId, resultMessages, responsesOf, cleanName } from '../../src/lib/session/result-code';
import { emptyTally, setHands, type Tally } from '../../src/lib/session/tally';
import { attendance, hardestFirst, tallyResults } from '../../src/lib/session/results';
import { addPhone, scanText } from '../../src/lib/session/scan';
import { buildRecord, recordCsv, recordId, recordJson } from '../../src/lib/session/record';
import { newSession, resumeStage } from '../../src/lib/session/live';
import { keyAction } from '../../src/lib/quiz/presenter';
import { emptySessions, loadSessions, recordsByDate, saveSessions, sessionNotices, withLive, withoutLive, withoutRecord, withRecord } from '../../src/lib/session/store';
import { loadPhone, savePhone, withFinished, withoutFinished } from '../../src/lib/session/phone';
import { versionedKeys } from '../../src/lib/versioned-storage';
import { shortKey } from '../../src/lib/session/kit';
import { isLoopbackHost, phoneAddress } from '../../src/lib/session/phone-address';

const base = { part: 'procedure', kind: 'wording' as const, topics: ['procedure' as const], explanation: '因为手册这样写。', source: { anchor: 'p-1', quote: '手册原文一句。' } };
const opts = (...ids: string[]) => ids.map((id) => ({ id, text: `选项${id}` }));
const questions: Question[] = [
  { ...base, id: 'q-single', type: 'single', stem: '单选题干', options: opts('a', 'b', 'c', 'd'), answer: 'd' },
  { ...base, id: 'q-multiple', type: 'multiple', stem: '多选, "题干"', options: opts('a', 'b', 'c', 'd', 'e'), answer: ['a', 'b', 'c', 'e'] },
  { ...base, id: 'q-judge', type: 'judge', stem: '判断题干', options: [{ id: 'right', text: '正确' }, { id: 'wrong', text: '错误' }], answer: 'wrong' },
  { ...base, id: 'q-order', type: 'order', stem: '排序题干', options: opts('a', 'b', 'c'), answer: ['c', 'a', 'b'] },
];
const code = 'p6-x9ab';
const allRight = { 'q-single': 'd', 'q-multiple': ['a', 'b', 'c', 'e'], 'q-judge': 'wrong', 'q-order': ['c', 'a', 'b'] };

const scan = (tally: Tally, text: string) => {
  const decoded = decodeResult(text);
  if (!decoded.ok) throw new Error(decoded.error);
  return addPhone(tally, decoded.result, code, questions);
};

describe('a phone’s result code', () => {
  it('is short ASCII that reads back to the same answers and name', () => {
    const text = encodeResult(code, 'k3x9a2', questions, { 'q-single': 'b', 'q-multiple': ['d', 'b'], 'q-order': ['c', 'a', 'b'] }, '  张 三  ');
    expect(text).toMatch(/^HB1~p6-x9ab~k3x9a2~B\.BD\.-\.CAB~[\w-]+~[0-9a-z]+$/);
    expect(text.length).toBeLessThan(60);
    const decoded = decodeResult(text);
    expect(decoded).toEqual({ ok: true, result: { code, phone: 'k3x9a2', answers: ['B', 'BD', '', 'CAB'], name: '张 三' } });
    if (!decoded.ok) return;
    expect(responsesOf(decoded.result, questions)).toEqual({ 'q-single': 'b', 'q-multiple': ['b', 'd'], 'q-order': ['c', 'a', 'b'] });
  });

  it('leaves the name out when none was typed, and cuts a long one', () => {
    const text = encodeResult(code, 'k3x9a2', questions, {}, '');
    expect(decodeResult(text)).toMatchObject({ ok: true, result: { name: '', answers: ['', '', '', ''] } });
    expect(cleanName('一'.repeat(30))).toHaveLength(20);
  });

  it('tells a foreign code, a damaged one and one of another version apart', () => {
    const text = encodeResult(code, 'k3x9a2', questions, allRight, '李四');
    expect(decodeResult('https://example.com/')).toEqual({ ok: false, error: resultMessages.foreign });
    expect(decodeResult(text.replace('~D.', '~C.'))).toEqual({ ok: false, error: resultMessages.damaged });
    expect(decodeResult(text.slice(0, -2))).toEqual({ ok: false, error: resultMessages.damaged });
    expect(decodeResult(text.replace(/^HB1/, 'HB2'))).toEqual({ ok: false, error: resultMessages.version });
  });

  it('does not fit questions it was not made for', () => {
    const decoded = decodeResult(encodeResult(code, 'k3x9a2', questions, allRight, ''));
    if (!decoded.ok) throw new Error(decoded.error);
    expect(responsesOf(decoded.result, questions.slice(0, 3))).toBeUndefined();
    expect(responsesOf({ ...decoded.result, answers: ['F', '', '', ''] }, questions)).toBeUndefined();
    expect(responsesOf({ ...decoded.result, answers: ['AB', '', '', ''] }, questions)).toBeUndefined();
  });

  it('gives each phone its own id', () => {
    expect(newPhoneId()).toMatch(/^[2-9a-z]{6}$/);
    expect(newPhoneId()).not.toBe(newPhoneId());
  });
});

describe('the room’s tally', () => {
  const first = encodeResult(code, 'aaaaaa', questions, allRight, '张三');
  const second = encodeResult(code, 'bbbbbb', questions, { 'q-single': 'a', 'q-multiple': ['a', 'b'], 'q-judge': 'wrong' }, '');

  it('adds phones and counts one scanned twice once, saying so', () => {
    let tally = scan(emptyTally(), first).tally;
    tally = scan(tally, second).tally;
    const again = scan(tally, first);
    expect(again.kind).toBe('again');
    expect(again.message).toContain('只计一次');
    expect(Object.keys(again.tally.phones)).toHaveLength(2);
    const changed = scan(tally, encodeResult(code, 'aaaaaa', questions, { 'q-single': 'a' }, '张三'));
    expect(changed.kind).toBe('updated');
    expect(Object.keys(changed.tally.phones)).toHaveLength(2);
  });

  it('refuses a result from another set, naming both', () => {
    const outcome = scan(emptyTally(), encodeResult('d-2345', 'aaaaaa', questions, allRight, ''));
    expect(outcome.kind).toBe('refused');
    expect(outcome.message).toContain('d-2345');
    expect(outcome.message).toContain(code);
    expect(outcome.tally).toEqual(emptyTally());
  });

  it('gives per question the share right and the count per option, the hardest first', () => {
    let tally = scan(scan(emptyTally(), first).tally, second).tally;
    tally = setHands(tally, 'q-single', { options: { a: 1, b: 0, c: 0, d: 2 } });
    tally = setHands(tally, 'q-multiple', { options: { a: 3 }, answered: 3, right: 1 });
    const results = tallyResults(questions, tally, 10);
    expect(results.map((r) => [r.answered, r.right])).toEqual([[5, 3], [5, 2], [2, 2], [1, 1]]);
    expect(results[0]!.options.map((o) => o.count)).toEqual([2, 0, 0, 3]);
    expect(results[0]!.options.map((o) => o.isRight)).toEqual([false, false, false, true]);
    expect(results[0]!.share).toBeCloseTo(0.6);
    expect(hardestFirst(results).map((r) => r.number)).toEqual([2, 1, 3, 4]);
    expect(results.every((r) => r.warnings.length === 0)).toBe(true);
    expect(attendance(results, tally)).toEqual({ answered: 5, names: ['张三'] });
  });

  it('flags counts larger than the room and more right than answered', () => {
    let tally = setHands(emptyTally(), 'q-single', { options: { a: 8, d: 5 } });
    tally = setHands(tally, 'q-multiple', { options: {}, answered: 2, right: 4 });
    const [single, multiple] = tallyResults(questions, tally, 12);
    expect(single!.warnings.join()).toContain('多于到会人数（12）');
    expect(multiple!.warnings.join()).toContain('答对的人数（4）多于作答人数（2）');
  });

  it('puts a question nobody answered after those answered', () => {
    const results = tallyResults(questions, setHands(emptyTally(), 'q-judge', { options: { right: 1, wrong: 0 } }), null);
    expect(results[0]!.share).toBeNull();
    expect(hardestFirst(results)[0]!.number).toBe(3);
  });
});

describe('the session record', () => {
  const session = () => {
    const s = newSession(code, '2026-12-01');
    return { ...s, topic: '主题党日：学习产生程序', room: 6, notes: '大家讨论了差额选举。', tally: scan(emptyTally(), encodeResult(code, 'aaaaaa', questions, allRight, '张三')).tally };
  };

  it('holds date, topic, set, questions, attendance, results and notes', () => {
    const record = buildRecord(session(), questions, '六、产生程序', '2026-12-01-p6-x9ab');
    expect(record).toMatchObject({ date: '2026-12-01', topic: '主题党日：学习产生程序', code, set: '六、产生程序', room: 6, answered: 1, names: ['张三'], notes: '大家讨论了差额选举。' });
    expect(record.questions[0]).toMatchObject({ number: 1, type: '单选题', answer: 'D', share: '100%', counts: ['A 0', 'B 0', 'C 0', 'D 1'], quote: '手册原文一句。', source: '/procedure/#p-1' });
    expect(record.questions[2]!.counts).toEqual(['正确 0', '错误 1']);
  });

  it('exports CSV that Excel reads as UTF-8, with quoted fields where needed', () => {
    const csv = recordCsv(buildRecord(session(), questions, '六、产生程序', 'x'));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('\r\n日期,2026-12-01\r\n');
    expect(csv).toContain('"多选, ""题干"""');
    expect(csv).toContain('"A. 选项a\nB. 选项b');
  });

  it('exports JSON that reads back to the same record', () => {
    const record = buildRecord(session(), questions, '六、产生程序', 'x');
    expect(JSON.parse(recordJson(record))).toEqual(record);
  });

  it('gets an id of its own when a set is run twice on one day', () => {
    expect(recordId('2026-12-01', code, [])).toBe('2026-12-01-p6-x9ab');
    expect(recordId('2026-12-01', code, ['2026-12-01-p6-x9ab'])).toBe('2026-12-01-p6-x9ab-2');
  });
});

/** A fake localStorage; `full` makes every write throw, as a full or refused storage does. */
const fakeStorage = (full = false) => {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (full) throw new DOMException('full', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key: string) => void items.delete(key),
  };
};

describe('stored sessions', () => {
  const record = (id: string, date: string) => ({ ...buildRecord(newSession(code, date), questions, 't', id) });

  it('list records newest first and delete one', () => {
    let data = withRecord(withRecord(withRecord(emptySessions(), record('a', '2026-11-03')), record('b', '2026-12-01')), record('c', '2026-11-03'));
    expect(recordsByDate(data).map((r) => r.id)).toEqual(['b', 'c', 'a']);
    data = withoutRecord(data, 'c');
    expect(recordsByDate(data).map((r) => r.id)).toEqual(['b', 'a']);
  });

  it('keep a session under way across a reload', () => {
    const storage = fakeStorage();
    const live = { ...newSession(code, '2026-12-01'), stage: { screen: 'question' as const, index: 2, revealed: true } };
    expect(saveSessions(storage, withLive(emptySessions(), live))).toBe(true);
    expect(loadSessions(storage)).toEqual({ data: withLive(emptySessions(), live), notices: [] });
    expect(withoutLive(withLive(emptySessions(), live), code).live).toEqual({});
  });

  it('say so when storage is full or off, and keep working', () => {
    expect(saveSessions(fakeStorage(true), emptySessions())).toBe(false);
    expect(saveSessions(undefined, emptySessions())).toBe(false);
    expect(loadSessions(undefined).notices).toEqual([sessionNotices.unavailable]);
  });

  it('set aside broken or foreign data with a notice, keeping what reads', () => {
    const storage = fakeStorage();
    storage.items.set(versionedKeys.sessions.key, '{oops');
    expect(loadSessions(storage).notices).toEqual([sessionNotices.corrupted]);
    storage.items.set(versionedKeys.sessions.key, JSON.stringify({ version: 0 }));
    expect(loadSessions(storage).notices).toEqual([sessionNotices.outdated]);
    storage.items.set(versionedKeys.sessions.key, JSON.stringify({ version: 1, live: {}, records: [record('a', '2026-12-01'), { id: 3 }] }));
    const loaded = loadSessions(storage);
    expect(loaded.data.records.map((r) => r.id)).toEqual(['a']);
    expect(loaded.notices).toEqual([sessionNotices.corrupted]);
  });

  it('leave data of a newer version of the site as it is', () => {
    const storage = fakeStorage();
    const newer = JSON.stringify({ version: 2, sessions: ['kept'] });
    storage.items.set(versionedKeys.sessions.key, newer);
    expect(loadSessions(storage)).toEqual({ data: emptySessions(), notices: [sessionNotices.newer] });
    expect(saveSessions(storage, emptySessions())).toBe(false);
    expect(storage.items.get(versionedKeys.sessions.key)).toBe(newer);
  });
});

describe('the session kit', () => {
  it('writes the one-line answer key by the letters as printed', () => {
    expect(shortKey(questions)).toBe('1.D 2.ABCE 3.× 4.CAB');
  });

  it('knows an address no phone can open', () => {
    for (const host of ['localhost', '127.0.0.1', '127.1.2.3', '[::1]', 'app.localhost']) expect(isLoopbackHost(host)).toBe(true);
    for (const host of ['192.168.1.20', 'example.org', '10.0.0.5']) expect(isLoopbackHost(host)).toBe(false);
  });
});

describe('the address phones open', () => {
  it('is the page’s own, flagged when it is this machine only', () => {
    expect(phoneAddress('/quiz/?set=d-2345', new URL('http://127.0.0.1:4321/quiz/present/?set=d-2345'))).toEqual({
      address: 'http://127.0.0.1:4321/quiz/?set=d-2345',
      loopback: true,
    });
    expect(phoneAddress('/quiz/', new URL('https://example.org/quiz/present/')).loopback).toBe(false);
  });

  it('is the LAN address the local server passed on, while the presenter stays on loopback', () => {
    const page = new URL('http://127.0.0.1:4321/quiz/present/?phones=http%3A%2F%2F192.168.1.20%3A4321&set=d-2345');
    expect(phoneAddress('/quiz/?set=d-2345', page)).toEqual({ address: 'http://192.168.1.20:4321/quiz/?set=d-2345', loopback: false });
    expect(phoneAddress('/quiz/', new URL('http://127.0.0.1:4321/?phones=javascript:alert(1)')).address).toBe('http://127.0.0.1:4321/quiz/');
  });
});

describe('the phone', () => {
  it('keeps one id and the finished sets across visits, and starts afresh from broken data', () => {
    const storage = fakeStorage();
    const first = loadPhone(storage);
    expect(savePhone(storage, withFinished(first, code, allRight))).toBe(true);
    const again = loadPhone(storage);
    expect(again.phone).toBe(first.phone);
    expect(again.finished[code]).toEqual(allRight);
    expect(withoutFinished(again, code).finished).toEqual({});
    storage.items.set(versionedKeys.room.key, '[1]');
    expect(loadPhone(storage).finished).toEqual({});
    expect(savePhone(fakeStorage(true), first)).toBe(false);
  });
});

describe('the projector', () => {
  it('takes a clicker’s keys: Page Down and Page Up move, its black-screen key (B or .) shows the answer', () => {
    expect(['PageDown', 'PageUp', 'b', '.', 'Enter'].map(keyAction)).toEqual(['next', 'previous', 'reveal', 'reveal', 'reveal']);
  });

  it('comes back after a reload to the question and answer that were on screen, if the set still has them', () => {
    expect(resumeStage({ screen: 'question', index: 2, revealed: true }, 4)).toEqual({ screen: 'question', index: 2, revealed: true });
    expect(resumeStage({ screen: 'question', index: 7, revealed: true }, 4)).toEqual({ screen: 'start' });
    expect(resumeStage({ screen: 'end' }, 4)).toEqual({ screen: 'end' });
    expect(resumeStage(undefined, 4)).toEqual({ screen: 'start' });
  });
});

describe('a scanned code', () => {
  it('is counted when it reads, and refused with the reason when it does not', () => {
    expect(scanText(emptyTally(), encodeResult(code, 'aaaaaa', questions, allRight, ''), code, questions).kind).toBe('added');
    expect(scanText(emptyTally(), 'WIFI:S:guest;;', code, questions)).toEqual({ kind: 'refused', tally: emptyTally(), message: resultMessages.foreign });
  });
});
