import { describe, expect, it } from 'vitest';
import {
  countReview,
  dailyCap,
  dueIds,
  endOfDay,
  leftToday,
  localDay,
  needsReading,
  nextDue,
  todaysReview,
  type Answered,
} from '../../src/lib/quiz/review';
import { answerCard, schedule } from '../../src/lib/quiz/scheduler';

const beijing = -480; // UTC+8, as Date#getTimezoneOffset gives it
const newYork = 300; // UTC-5
const at = (iso: string) => new Date(iso);
const answer = (id: string, correct: boolean, iso: string, hinted = false): Answered => ({ id, correct, hinted, at: iso });
const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

describe('the reader’s day', () => {
  it('is their local date, not UTC’s', () => {
    // 07:30 on 2 December in Beijing is still 1 December in UTC, and 18:30 on 1 December in New York.
    const now = at('2026-12-01T23:30:00Z');
    expect(localDay(now, beijing)).toBe('2026-12-02');
    expect(localDay(now, 0)).toBe('2026-12-01');
    expect(localDay(now, newYork)).toBe('2026-12-01');
  });

  it('ends at their local midnight', () => {
    expect(endOfDay(at('2026-12-01T23:30:00Z'), beijing).toISOString()).toBe('2026-12-02T16:00:00.000Z');
    expect(endOfDay(at('2026-12-01T23:30:00Z'), newYork).toISOString()).toBe('2026-12-02T05:00:00.000Z');
  });
});

describe('the schedule', () => {
  it('brings a question answered wrong back the next day', () => {
    const card = answerCard(undefined, false, at('2026-12-01T12:00:00Z'));
    expect(days('2026-12-01T12:00:00Z', card.due)).toBe(1);
    expect(card.misses).toBe(1);
  });

  it('spaces a question further out each time it is answered right', () => {
    let card = answerCard(undefined, false, at('2026-12-01T12:00:00Z'));
    const gaps: number[] = [];
    for (let i = 0; i < 4; i++) {
      const next = answerCard(card, true, new Date(card.due));
      gaps.push(days(card.due, next.due));
      card = next;
    }
    expect(gaps).toEqual([...gaps].sort((a, b) => a - b));
    expect(new Set(gaps).size).toBe(4);
    expect(gaps[0]).toBeGreaterThanOrEqual(2);
  });

  it('counts a question due at any hour of the reader’s day as due today', () => {
    // Answered wrong at 21:00 Beijing time on the 1st: due at 21:00 on the 2nd, and shown as due all that day.
    const card = answerCard(undefined, false, at('2026-12-01T13:00:00Z'));
    expect(dueIds({ q: card }, at('2026-12-01T15:00:00Z'), beijing)).toEqual([]); // 23:00 on the 1st
    expect(dueIds({ q: card }, at('2026-12-01T23:00:00Z'), beijing)).toEqual(['q']); // 07:00 on the 2nd
    // The same instant is 18:00 on the 1st for a reader in New York: not due yet there.
    expect(dueIds({ q: card }, at('2026-12-01T23:00:00Z'), newYork)).toEqual([]);
  });

  it('never runs backwards, and never fails, when the device clock jumps back', () => {
    const card = answerCard(undefined, false, at('2026-12-05T12:00:00Z'));
    const back = answerCard(card, true, at('2026-11-01T00:00:00Z'));
    expect(back.last).toBe(card.last);
    expect(Date.parse(back.due)).toBeGreaterThan(Date.parse(card.due));
  });

  it('takes a missed week in its stride: everything overdue is due, oldest first', () => {
    const s = schedule({}, [answer('b', false, '2026-12-02T09:00:00Z'), answer('a', false, '2026-12-01T09:00:00Z')]);
    const aWeekLater = at('2026-12-10T09:00:00Z');
    expect(dueIds(s, aWeekLater, 0)).toEqual(['a', 'b']);
    // An answer after the week counts the whole gap: a right answer then spaces it further than one on the day.
    const late = answerCard(s['a'], true, aWeekLater);
    const onTime = answerCard(s['a'], true, new Date(s['a']!.due));
    expect(days(late.last, late.due)).toBeGreaterThanOrEqual(days(onTime.last, onTime.due));
  });
});

describe('who joins the schedule', () => {
  it('a question answered wrong, and one answered right with a hint; not one answered right unaided', () => {
    const s = schedule({}, [
      answer('wrong', false, '2026-12-01T09:00:00Z'),
      answer('hinted', true, '2026-12-01T09:01:00Z', true),
      answer('easy', true, '2026-12-01T09:02:00Z'),
    ]);
    expect(Object.keys(s).sort()).toEqual(['hinted', 'wrong']);
  });

  it('a 错题本 question carried over from the first version, due at once', () => {
    const s = schedule({}, [{ ...answer('old', false, '2026-12-01T09:00:00Z'), carried: true }]);
    expect(dueIds(s, at('2026-12-01T09:00:00Z'), 0)).toEqual(['old']);
  });

  it('a question in the schedule moves on every answer, right or wrong', () => {
    const first = schedule({}, [answer('q', false, '2026-12-01T09:00:00Z')]);
    const second = schedule(first, [answer('q', true, '2026-12-02T09:00:00Z')]);
    expect(Date.parse(second['q']!.due)).toBeGreaterThan(Date.parse(first['q']!.due));
  });
});

describe('today’s review', () => {
  const many = schedule(
    {},
    Array.from({ length: 14 }, (_, i) => answer(`q${String(i).padStart(2, '0')}`, false, `2026-12-01T09:${String(i).padStart(2, '0')}:00Z`)),
  );
  const nextDay = at('2026-12-02T10:00:00Z');

  it('is capped at a day’s worth however many are due', () => {
    expect(dueIds(many, nextDay, 0)).toHaveLength(14);
    expect(todaysReview(many, undefined, nextDay, 0)).toHaveLength(dailyCap);
  });

  it('shrinks as today’s answers are given, and starts afresh the next day', () => {
    let reviewed = countReview(undefined, nextDay, 0);
    reviewed = countReview(reviewed, nextDay, 0);
    expect(leftToday(reviewed, nextDay, 0)).toBe(dailyCap - 2);
    expect(leftToday(reviewed, at('2026-12-03T00:30:00Z'), 0)).toBe(dailyCap);
    expect(countReview(reviewed, at('2026-12-03T00:30:00Z'), 0)).toEqual({ day: '2026-12-03', count: 1 });
  });

  it('says when the next question falls due', () => {
    expect(nextDue(many)?.toISOString()).toBe('2026-12-02T09:00:00.000Z');
    expect(nextDue({})).toBeNull();
  });

  it('is empty before anything is due', () => {
    expect(todaysReview(many, undefined, at('2026-12-01T10:00:00Z'), 0)).toEqual([]);
  });
});

describe('sending the reader back to the text', () => {
  it('after the third wrong answer, counting answers still waiting for the schedule', () => {
    const twice = schedule({}, [answer('q', false, '2026-12-01T09:00:00Z'), answer('q', false, '2026-12-02T09:00:00Z')]);
    expect(needsReading(twice, [], 'q')).toBe(false);
    expect(needsReading(twice, [answer('q', false, '2026-12-03T09:00:00Z')], 'q')).toBe(true);
    expect(needsReading(twice, [answer('q', true, '2026-12-03T09:00:00Z')], 'q')).toBe(false);
  });
});
