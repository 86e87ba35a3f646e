/**
 * The presenter's optional per-question countdown (WCAG 2.2.1: off unless chosen, and it can be paused, extended
 * and turned off). Times are milliseconds; `now` is passed in (Date.now() in the page), so the rules are testable.
 */
export interface CountdownState {
  /** Time left when it was last paused or started. */
  left: number;
  /** When it runs out, while running; null while paused. */
  endsAt: number | null;
}

/** The lengths offered, in seconds; 0 means no countdown (the default). */
export const countdownChoices = [0, 30, 60, 90, 120, 180] as const;

/** How much one press of 延长 adds, in seconds. */
export const extension = 30;

/** A countdown of `seconds`, running from `now`. */
export const startCountdown = (seconds: number, now: number): CountdownState => ({
  left: seconds * 1000,
  endsAt: now + seconds * 1000,
});

/** Time left at `now`; never below zero. */
export const timeLeft = (countdown: CountdownState, now: number): number =>
  Math.max(0, countdown.endsAt === null ? countdown.left : countdown.endsAt - now);

/** Whether the countdown is running. */
export const isRunning = (countdown: CountdownState): boolean => countdown.endsAt !== null;

/** The countdown held at the time left at `now`. */
export const pauseCountdown = (countdown: CountdownState, now: number): CountdownState => ({
  left: timeLeft(countdown, now),
  endsAt: null,
});

/** The countdown running again from `now`, with the time it had left. */
export const resumeCountdown = (countdown: CountdownState, now: number): CountdownState => ({
  left: countdown.left,
  endsAt: now + countdown.left,
});

/** The countdown with `seconds` more, counted from what is left at `now` (so time that has run out is not owed). */
export function extendCountdown(countdown: CountdownState, seconds: number, now: number): CountdownState {
  const left = timeLeft(countdown, now) + seconds * 1000;
  return isRunning(countdown) ? { left, endsAt: now + left } : { left, endsAt: null };
}

/** Time as a clock reads, rounded up to the second: 1:05, 0:09. */
export function clock(ms: number): string {
  const seconds = Math.ceil(Math.max(0, ms) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** A countdown length as words for a menu: 不计时, 30秒, 1分钟, 1分30秒. */
export function lengthLabel(seconds: number): string {
  if (seconds === 0) return '不计时';
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return `${rest}秒`;
  return rest === 0 ? `${minutes}分钟` : `${minutes}分${rest}秒`;
}
