import { describe, expect, it } from 'vitest';
import { load } from '../../src/lib/quiz/storage';
import { loadPhone } from '../../src/lib/session/phone';
import { loadSessions } from '../../src/lib/session/store';
import { settingsKey } from '../../src/lib/reader-settings';
import { readStored, siteKey, versionedKeys, writeStored } from '../../src/lib/versioned-storage';
import { FakeStorage } from '../helpers/fake-storage';

const formerQuiz = JSON.stringify({ version: 2, sets: {}, mistakes: ['procedure-publicity-days'], review: {}, waiting: [], history: [] });
const formerSessions = JSON.stringify({ version: 1, live: {}, records: [] });
const formerRoom = JSON.stringify({ version: 1, phone: 'k3x9a2', finished: { 'd-7k3f': { q1: 'a' } } });

describe('every key is handbook:<name>', () => {
  it('for each versioned value', () => {
    expect(Object.values(versionedKeys).map((k) => k.key)).toEqual(['handbook:quiz', 'handbook:sessions', 'handbook:room']);
  });

  it('for the reader settings too, whose key the pre-paint script reads (unchanged since before the scheme)', () => {
    expect(settingsKey).toBe(siteKey('reader-settings'));
  });
});

describe('data under a former key (ershida-*)', () => {
  it('is moved, verbatim, to its handbook: key on the first read, and read from there', () => {
    const storage = new FakeStorage();
    storage.items.set('ershida-quiz', formerQuiz);
    storage.items.set('ershida-sessions', formerSessions);
    storage.items.set('ershida-room', formerRoom);
    expect(load(storage).data.mistakes).toEqual(['procedure-publicity-days']);
    expect(loadSessions(storage).notices).toEqual([]);
    expect(loadPhone(storage).phone).toBe('k3x9a2');
    expect(Object.fromEntries(storage.items)).toEqual({ 'handbook:quiz': formerQuiz, 'handbook:sessions': formerSessions, 'handbook:room': formerRoom });
  });

  it('is moved once: a later value under the new key is what counts', () => {
    const storage = new FakeStorage();
    storage.items.set('ershida-room', formerRoom);
    readStored(storage, 'room');
    expect(writeStored(storage, 'room', { version: 1, phone: 'zzzzzz', finished: {} } as { version: number })).toBe(true);
    storage.items.set('ershida-room', formerRoom); // a tab of the old site still open
    expect(loadPhone(storage).phone).toBe('zzzzzz');
  });

  it('stays where it is, and is still read, when storage refuses the copy', () => {
    const storage = new FakeStorage();
    storage.items.set('ershida-quiz', formerQuiz);
    storage.refusesWrites = true;
    expect(load(storage).data.mistakes).toEqual(['procedure-publicity-days']);
    expect(Object.fromEntries(storage.items)).toEqual({ 'ershida-quiz': formerQuiz });
  });

  it('is moved even when broken or of a newer version, so that nothing is lost in the move', () => {
    const storage = new FakeStorage();
    storage.items.set('ershida-quiz', '{"version":2,"sets":');
    storage.items.set('ershida-sessions', '{"version":7,"later":true}');
    expect(readStored(storage, 'quiz')).toEqual({ kind: 'corrupted' });
    expect(readStored(storage, 'sessions')).toEqual({ kind: 'found', version: 7, value: { version: 7, later: true } });
    expect(storage.items.get('handbook:quiz')).toBe('{"version":2,"sets":');
    expect(storage.items.get('handbook:sessions')).toBe('{"version":7,"later":true}');
  });
});

describe('a versioned value', () => {
  it('is never written over by an older version of the site', () => {
    const storage = new FakeStorage();
    storage.items.set('handbook:room', '{"version":2,"phones":[]}');
    expect(writeStored(storage, 'room', { version: 1 })).toBe(false);
    expect(storage.items.get('handbook:room')).toBe('{"version":2,"phones":[]}');
    expect(writeStored(storage, 'room', { version: 2 })).toBe(true);
  });

  it('without a whole-number version is corrupted', () => {
    const storage = new FakeStorage();
    for (const text of ['[]', 'null', '{"version":"1"}', '{"version":1.5}', '{}']) {
      storage.items.set('handbook:quiz', text);
      expect(readStored(storage, 'quiz'), text).toEqual({ kind: 'corrupted' });
    }
  });
});
