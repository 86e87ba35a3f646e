import { afterEach, describe, expect, it } from 'vitest';
import {
  browserStorage,
  emptyProgress,
  load,
  progressNotices,
  save,
  storageKey,
  type Progress,
  type ProgressStorage,
} from '../../src/lib/quiz/storage';

/** An in-memory Storage that can be told to refuse reads or writes, as browsers do. */
class FakeStorage implements ProgressStorage {
  readonly items = new Map<string, string>();
  refusesReads = false;
  refusesWrites = false;
  getItem(key: string): string | null {
    if (this.refusesReads) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.refusesWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

const progress: Progress = {
  version: 1,
  sets: {
    'd-7k3f': { feedback: 'each', answers: { 'procedure-publicity-days': 'a', 'leadership-unhealthy-practices': ['a', 'b'] } },
    'p6-x9ab': { feedback: 'end', answers: {} },
  },
  mistakes: ['procedure-election-margin'],
};

const storing = (value: unknown) => {
  const storage = new FakeStorage();
  storage.items.set(storageKey, typeof value === 'string' ? value : JSON.stringify(value));
  return storage;
};

describe('saved progress', () => {
  it('starts empty, with nothing to tell the reader, on a first visit', () => {
    expect(load(new FakeStorage())).toEqual({ data: emptyProgress(), notices: [] });
  });

  it('comes back as it was saved', () => {
    const storage = new FakeStorage();
    expect(save(storage, progress)).toBe(true);
    expect(load(storage)).toEqual({ data: progress, notices: [] });
  });

  it('that is not valid JSON is reset, and the reader is told', () => {
    expect(load(storing('{"version":1,"sets":'))).toEqual({ data: emptyProgress(), notices: [progressNotices.corrupted] });
  });

  it('that is JSON of the wrong shape is reset, and the reader is told', () => {
    for (const value of ['null', '[]', '42', '"text"', '{}', '{"version":"1"}'])
      expect(load(storing(value)), value).toEqual({ data: emptyProgress(), notices: [progressNotices.corrupted] });
  });

  it('from another version of the site is reset, and the reader is told', () => {
    expect(load(storing({ ...progress, version: 0 }))).toEqual({ data: emptyProgress(), notices: [progressNotices.outdated] });
  });

  it('with a broken 错题本 keeps the unfinished sets', () => {
    const loaded = load(storing({ ...progress, mistakes: 'procedure-election-margin' }));
    expect(loaded).toEqual({ data: { ...progress, mistakes: [] }, notices: [progressNotices.mistakes] });
  });

  it('with one broken unfinished set keeps the other sets and the 错题本', () => {
    const broken = { ...progress, sets: { ...progress.sets, 'mix20-h2k4': { feedback: 'sometimes', answers: {} } } };
    expect(load(storing(broken))).toEqual({ data: progress, notices: [progressNotices.sets] });
    const badAnswer = { ...progress, sets: { ...progress.sets, 'mix20-h2k4': { feedback: 'end', answers: { x: 3 } } } };
    expect(load(storing(badAnswer))).toEqual({ data: progress, notices: [progressNotices.sets] });
  });
});

describe('without usable storage', () => {
  it('the quiz starts in memory and tells the reader progress will not be kept, when storage cannot be read', () => {
    const storage = Object.assign(new FakeStorage(), { refusesReads: true, refusesWrites: true });
    expect(load(storage)).toEqual({ data: emptyProgress(), notices: [progressNotices.unavailable] });
    expect(load(undefined)).toEqual({ data: emptyProgress(), notices: [progressNotices.unavailable] });
  });

  it('saved progress is still read, with the same notice, when storage can be read but not written', () => {
    const storage = storing(progress);
    storage.refusesWrites = true;
    expect(load(storage)).toEqual({ data: progress, notices: [progressNotices.unavailable] });
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
