import { useEffect, useState } from 'preact/hooks';
import {
  clock,
  countdownChoices,
  extendCountdown,
  extension,
  isRunning,
  lengthLabel,
  pauseCountdown,
  resumeCountdown,
  timeLeft,
  type CountdownState as State,
} from '../../lib/quiz/countdown';

/** Chooses the per-question countdown's length; 不计时 (none) is the default. */
export function CountdownLength({ seconds, onChange }: { seconds: number; onChange: (seconds: number) => void }) {
  return (
    <label class="countdown-length">
      <span>每题倒计时</span>
      <select value={seconds} onChange={(event) => onChange(Number(event.currentTarget.value))}>
        {countdownChoices.map((choice) => (
          <option key={choice} value={choice}>
            {lengthLabel(choice)}
          </option>
        ))}
      </select>
    </label>
  );
}

interface Props {
  state: State;
  onChange: (state: State) => void;
  /** Turns the countdown off for the rest of the session. */
  onOff: () => void;
}

/** The running countdown with 暂停/继续, 延长 and 关闭; at zero it says 时间到 and nothing else happens. */
export function Countdown({ state, onChange, onOff }: Props) {
  const [now, setNow] = useState(Date.now);
  const running = isRunning(state);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [running]);
  const left = timeLeft(state, now);
  return (
    <div class="countdown" role="group" aria-label="倒计时">
      <span class="countdown__clock" role="timer">
        剩余 {clock(left)}
      </span>
      <span role="status" class="countdown__done">
        {left === 0 ? '时间到' : ''}
      </span>
      <button
        type="button"
        class="button"
        onClick={() => onChange(running ? pauseCountdown(state, Date.now()) : resumeCountdown(state, Date.now()))}
      >
        {running ? '暂停' : '继续'}
      </button>
      <button type="button" class="button" onClick={() => onChange(extendCountdown(state, extension, Date.now()))}>
        延长{extension}秒
      </button>
      <button type="button" class="button" onClick={onOff}>
        关闭倒计时
      </button>
    </div>
  );
}
