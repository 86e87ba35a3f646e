import { afterEach, describe, expect, it } from 'vitest';
import {
  emptyProgress,
  load,
  progressNotices,
  save,
  update,
  type Progress,
} from '../../src/lib/quiz/storage';
import { browserStorage, versionedKeys } from '../../src/lib/versioned-storage';
import { FakeStorage } from '../helpers/fake-storage';

const storageKey = versionedKeys.quiz.key;

const card = {
  due: '2026-12-02T12:00:00.000Z',
  stability: 0.21,
  difficulty: 6.4,
  reps: 1,
  lapses: 0,
  state: 2,
  last: '2026-12-01T12:00:00.000Z',
  misses: 1,
};

const progress: Progress = {
  version: 2,
  sets: {
    'd-7k3f': {
      feedback: 'each',
      answers: { 'procedure-publicity-days': 'a', 'leadership-unhealthy-practices': ['a', 'b'] },
      hints: { 'procedure-publicity-days': 2 },
      cleared: ['procedure-publicity-days'],
    },
    'p6-x9ab': { feedback: 'end', answers: {} },
    'r-9pqs': { feedback: 'each', answers: {}, questions: ['procedure-election-margin'] },
  },
  mistakes: ['procedure-election-margin'],
  review: { 'procedure-election-margin': card },
  waiting: [{ id: 'procedure-publicity-days', correct: true, hinted: true, at: '2026-12-01T12:05:00.000Z' }],
  reviewed: { day: '2026-12-01', count: 1 },
  history: [{ code: 'p6-x9ab', finished: '2026-11-30T08:00:00.000Z', right: 4, total: 5, hinted: 1, cleared: 0 }],
};

/** The same sets and 错题本 as saved by the first version of the site, before review, hints and history. */
const version1 = {
  version: 1,
  sets: { 'd-7k3f': { feedback: 'each', answers: { 'procedure-publicity-days': 'a' } } },
  mistakes: ['procedure-election-margin', 'procedure-publicity-days'],
};

const storing = (value: unknown) => {
  const storage = new FakeStorage();
  storage.items.set(storageKey, typeof value === 'string' ? value : JSON.stringify(value));
  return storage;
};

describe('saved progress', () => {
  it('starts empty, with nothing to tell the reader, on a first visit', () => {
    expect(load(new FakeStorage())).toEqual({ data: emptyProgress(), notices: [], newer: false });
  });

  it('comes back as it was saved', () => {
    const storage = new FakeStorage();
    expect(save(storage, progress)).toBe(true);
    expect(load(storage)).toEqual({ data: progress, notices: [], newer: false });
  });

  it('that is not valid JSON is reset, and the reader is told', () => {
    expect(load(storing('{"version":1,"sets":'))).toEqual({ data: emptyProgress(), notices: [progressNotices.corrupted], newer: false });
  });

  it('that is JSON of the wrong shape is reset, and the reader is told', () => {
    for (const value of ['null', '[]', '42', '"text"', '{}', '{"version":"1"}'])
      expect(load(storing(value)), value).toEqual({ data: emptyProgress(), notices: [progressNotices.corrupted], newer: false });
  });

  it('from another version of the site is reset, and the reader is told', () => {
    expect(load(storing({ ...progress, version: 0 }))).toEqual({ data: emptyProgress(), notices: [progressNotices.outdated], newer: false });
  });

  it('with a broken 错题本 keeps the unfinished sets', () => {
    const loaded = load(storing({ ...progress, mistakes: 'procedure-election-margin' }));
    expect(loaded).toEqual({ data: { ...progress, mistakes: [] }, notices: [progressNotices.mistakes], newer: false });
  });

  it('with a broken schedule or history keeps the sets and the 错题本, and the cards that are whole', () => {
    const broken = { ...progress, review: { ...progress.review, x: { ...card, due: 'soon' } }, history: [{ code: 1 }] };
    expect(load(storing(broken))).toEqual({ data: { ...progress, history: [] }, notices: [progressNotices.review], newer: false });
  });

  it('with one broken unfinished set keeps the other sets and the 错题本', () => {
    const broken = { ...progress, sets: { ...progress.sets, 'mix20-h2k4': { feedback: 'sometimes', answers: {} } } };
    expect(load(storing(broken))).toEqual({ data: progress, notices: [progressNotices.sets], newer: false });
    const badAnswer = { ...progress, sets: { ...progress.sets, 'mix20-h2k4': { feedback: 'end', answers: { x: 3 } } } };
    expect(load(storing(badAnswer))).toEqual({ data: progress, notices: [progressNotices.sets], newer: false });
  });
});

describe('saved progress of the first version', () => {
  it('keeps its unfinished sets and 错题本, and puts every 错题本 question in the schedule as due today', () => {
    const loaded = load(storing(version1));
    expect(loaded.notices).toEqual([]);
    expect(loaded.data.sets).toEqual(version1.sets);
    expect(loaded.data.mistakes).toEqual(version1.mistakes);
    expect(loaded.data.waiting.map((a) => [a.id, a.correct, a.carried])).toEqual([
      ['procedure-election-margin', false, true],
      ['procedure-publicity-days', false, true],
    ]);
    expect(loaded.data.history).toEqual([]);
  });

  it('is written in the new shape at the first change', () => {
    const storage = storing(version1);
    update(storage, emptyProgress(), (p) => p);
    expect(JSON.parse(storage.items.get(storageKey)!)).toMatchObject({ version: 2, mistakes: version1.mistakes });
  });
});

describe('saved progress of a newer version of the site', () => {
  const newer = JSON.stringify({ version: 3, sets: { 'd-7k3f': { whatever: true } }, mistakes: ['a'] });

  it('is not read, and the reader is told their records are kept but this page will not save', () => {
    expect(load(storing(newer))).toEqual({ data: emptyProgress(), notices: [progressNotices.newer], newer: true });
  });

  it('is left exactly as it was by every change made on this page', () => {
    const storage = storing(newer);
    const result = update(storage, emptyProgress(), (p) => ({ ...p, mistakes: ['procedure-publicity-days'] }));
    expect(result).toEqual({ data: { ...emptyProgress(), mistakes: ['procedure-publicity-days'] }, saved: false, unsaved: [] });
    expect(save(storage, progress)).toBe(false);
    expect(storage.items.get(storageKey)).toBe(newer);
  });
});

describe('a change', () => {
  it('is saved before update() returns, so a reload straight after it finds it', () => {
    const storage = new FakeStorage();
    const result = update(storage, emptyProgress(), (p) => ({ ...p, mistakes: ['procedure-publicity-days'] }));
    expect(result.saved).toBe(true);
    expect(load(storage).data.mistakes).toEqual(['procedure-publicity-days']);
  });

  it('applies to what another tab saved since this page read it, so neither tab loses the other’s sets', () => {
    const storage = new FakeStorage();
    const tabA = load(storage).data;
    const tabB = load(storage).data;
    update(storage, tabA, (p) => ({ ...p, sets: { ...p.sets, 'd-7k3f': { feedback: 'each', answers: { q1: 'a' } } } }));
    const b = update(storage, tabB, (p) => ({ ...p, sets: { ...p.sets, 'p6-x9ab': { feedback: 'end', answers: {} } } }));
    expect(Object.keys(b.data.sets).sort()).toEqual(['d-7k3f', 'p6-x9ab']);
    expect(Object.keys(load(storage).data.sets).sort()).toEqual(['d-7k3f', 'p6-x9ab']);
  });

  it('applies to the page’s own copy, unsaved, where storage cannot be read', () => {
    const storage = Object.assign(new FakeStorage(), { refusesReads: true });
    const own = { ...emptyProgress(), mistakes: ['a'] };
    expect(update(storage, own, (p) => ({ ...p, mistakes: [...p.mistakes, 'b'] }))).toEqual({
      data: { ...emptyProgress(), mistakes: ['a', 'b'] },
      saved: false,
      unsaved: [],
    });
  });

  it('that storage refused is saved with the next one, over what another tab saved meanwhile', () => {
    const storage = new FakeStorage();
    storage.refusesWrites = true;
    const answer = (p: Progress): Progress => ({ ...p, sets: { ...p.sets, 'd-7k3f': { feedback: 'end', answers: { q1: 'a' } } } });
    const refused = update(storage, emptyProgress(), answer);
    expect(refused).toMatchObject({ saved: false, unsaved: [answer] });
    expect(refused.data.sets['d-7k3f']?.answers).toEqual({ q1: 'a' });
    storage.refusesWrites = false;
    save(storage, { ...emptyProgress(), sets: { 'p6-x9ab': { feedback: 'end', answers: {} } } });
    // As the page is hidden, the refused change is tried again by itself.
    const retried = update(storage, refused.data, (p) => p, refused.unsaved);
    expect(retried).toMatchObject({ saved: true, unsaved: [] });
    expect(Object.keys(load(storage).data.sets).sort()).toEqual(['d-7k3f', 'p6-x9ab']);
  });
});

describe('without usable storage', () => {
  it('the quiz starts in memory and tells the reader progress will not be kept, when storage cannot be read', () => {
    const storage = Object.assign(new FakeStorage(), { refusesReads: true, refusesWrites: true });
    expect(load(storage)).toEqual({ data: emptyProgress(), notices: [progressNotices.unavailable], newer: false });
    expect(load(undefined)).toEqual({ data: emptyProgress(), notices: [progressNotices.unavailable], newer: false });
  });

  it('saved progress is still read, with the same notice, when storage can be read but not written', () => {
    const storage = storing(progress);
    storage.refusesWrites = true;
    expect(load(storage)).toEqual({ data: progress, notices: [progressNotices.unavailable], newer: false });
  });

  it('saving reports failure instead of throwing', () => {
    expect(save(Object.assign(new FakeStorage(), { refusesWrites: true }), progress)).toBe(false);
    expect(save(undefined, progress)).toBe(false);
  });
});

describe('the browser’s storage', () => {
  const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
  afterEach(() => {
    if (original) Object.defineProperty(globalThis, 'localStorage', original);
    else Reflect.deleteProperty(globalThis, 'localStorage');
  });

  it('is used when the browser offers it', () => {
    const storage = new FakeStorage();
    Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
    expect(browserStorage()).toBe(storage);
  });

  it('is taken as missing when merely touching it throws, as with storage disabled', () => {
    Object.defineProperty(globalThis, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      configurable: true,
    });
    expect(browserStorage()).toBeUndefined();
  });
});
