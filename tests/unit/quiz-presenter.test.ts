import { describe, expect, it } from 'vitest';
import {
  clock,
  extendCountdown,
  isRunning,
  lengthLabel,
  pauseCountdown,
  resumeCountdown,
  startCountdown,
  timeLeft,
} from '../../src/lib/quiz/countdown';
import { keyAction, presenterStep, startStage, type Stage } from '../../src/lib/quiz/presenter';

const question = (index: number, revealed = false): Stage => ({ screen: 'question', index, revealed });

describe('the presenter', () => {
  it('moves from the start screen to the first question, its answer hidden', () => {
    expect(presenterStep(startStage, 'next', 3)).toEqual(question(0));
  });

  it('shows the answer of the question on screen', () => {
    expect(presenterStep(question(1), 'reveal', 3)).toEqual(question(1, true));
  });

  it('moves on to the next question with its answer hidden again', () => {
    expect(presenterStep(question(1, true), 'next', 3)).toEqual(question(2));
  });

  it('goes back a question, and from the first to the start screen', () => {
    expect(presenterStep(question(2, true), 'previous', 3)).toEqual(question(1));
    expect(presenterStep(question(0), 'previous', 3)).toEqual(startStage);
  });

  it('ends after the last question, and goes back to it from the end', () => {
    expect(presenterStep(question(2), 'next', 3)).toEqual({ screen: 'end' });
    expect(presenterStep({ screen: 'end' }, 'previous', 3)).toEqual(question(2));
    expect(presenterStep({ screen: 'end' }, 'next', 3)).toEqual({ screen: 'end' });
  });

  it('stays on the start screen of a set without questions', () => {
    expect(presenterStep(startStage, 'next', 0)).toEqual(startStage);
  });

  it('moves with the arrow keys, space and a clicker, and shows the answer with Enter', () => {
    expect(['ArrowRight', ' ', 'PageDown'].map(keyAction)).toEqual(['next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp'].map(keyAction)).toEqual(['previous', 'previous']);
    expect(keyAction('Enter')).toBe('reveal');
    expect(keyAction('a')).toBeUndefined();
  });
});

describe('the per-question countdown', () => {
  const started = startCountdown(60, 1_000);

  it('counts down from the length chosen', () => {
    expect(timeLeft(started, 1_000)).toBe(60_000);
    expect(timeLeft(started, 21_000)).toBe(40_000);
  });

  it('stops at zero', () => {
    expect(timeLeft(started, 100_000)).toBe(0);
  });

  it('holds while paused and runs on from there when resumed', () => {
    const paused = pauseCountdown(started, 21_000);
    expect(isRunning(paused)).toBe(false);
    expect(timeLeft(paused, 90_000)).toBe(40_000);
    const resumed = resumeCountdown(paused, 90_000);
    expect(timeLeft(resumed, 100_000)).toBe(30_000);
  });

  it('gains time when extended, running or paused, even after running out', () => {
    expect(timeLeft(extendCountdown(started, 30, 21_000), 21_000)).toBe(70_000);
    expect(timeLeft(extendCountdown(pauseCountdown(started, 21_000), 30, 50_000), 99_000)).toBe(70_000);
    expect(timeLeft(extendCountdown(started, 30, 200_000), 200_000)).toBe(30_000);
  });

  it('reads like a clock, rounding up to the second', () => {
    expect(clock(65_000)).toBe('1:05');
    expect(clock(8_001)).toBe('0:09');
    expect(clock(0)).toBe('0:00');
  });

  it('offers its lengths in words', () => {
    expect([0, 30, 60, 90].map(lengthLabel)).toEqual(['不计时', '30秒', '1分钟', '1分30秒']);
  });
});
