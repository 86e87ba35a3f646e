import { useEffect, useRef, useState } from 'preact/hooks';
import { idsOf } from '../../lib/quiz/check';
import { startCountdown, type CountdownState } from '../../lib/quiz/countdown';
import { describeAnswer, optionLetter, typeLabels } from '../../lib/quiz/describe';
import { useLazy } from '../lazy';
import { useFit } from '../session/projector';
import { Countdown, CountdownLength } from './Countdown';
import { Explanation } from './Explanation';
import { Icon } from '../Icon';
import { Verdict } from '../Verdict';
import { FullScreenButton, KeyHelp, useFocusOnShow, type ScreenProps } from './PresenterControls';

interface Props extends ScreenProps {
  index: number;
  revealed: boolean;
  /** The countdown's length chosen for each question, 0 for none. */
  seconds: number;
  onSeconds: (seconds: number) => void;
}

/**
 * One question on the projector, its answer shown on request; then the room's show of hands. Its countdown, if one
 * is chosen, starts with the question and stops when the answer is shown.
 */
export default function PresenterQuestion({ questions, room, act, focus, fullScreen, index, revealed, seconds, onSeconds }: Props) {
  const heading = useFocusOnShow(focus);
  const question = questions[index]!;
  const right = idsOf(question.answer);
  const [countdown, setCountdown] = useState<CountdownState | null>(() => (seconds > 0 && !revealed ? startCountdown(seconds, Date.now()) : null));
  useEffect(() => {
    if (revealed) setCountdown(null);
  }, [revealed]);
  // The show of hands comes with the answer shown.
  const hands = useLazy(revealed, () => import('../session/RoomCount'));
  // The question, its options and its answer fit one screen, the buttons below them.
  const slide = useRef<HTMLDivElement>(null);
  useFit(slide, `${revealed}/${fullScreen.on}`);
  return (
    <section class="presenter presenter--question" aria-labelledby="presenter-title">
      <div class="presenter__slide" ref={slide}>
        <div class="presenter__bar">
          <span class="presenter__count">
            第{index + 1}题 / 共{questions.length}题
          </span>
          <span class="presenter__type">{typeLabels[question.type]}</span>
          {countdown && (
            <Countdown
              state={countdown}
              onChange={setCountdown}
              onOff={() => {
                setCountdown(null);
                onSeconds(0);
              }}
            />
          )}
        </div>
        <h2 id="presenter-title" class="presenter__stem" tabIndex={-1} ref={heading}>
          {question.stem}
        </h2>
        <ol class="presenter__options">
          {question.options.map((option, i) => {
            const isRight = revealed && question.type !== 'order' && right.includes(option.id);
            return (
              <li key={option.id} class={isRight ? 'presenter__option presenter__option--right' : 'presenter__option'}>
                <span class="presenter__letter">{question.type === 'judge' ? '' : `${optionLetter(i)}.`}</span>
                <span>{option.text}</span>
                {isRight && <Verdict tone="ok">正确</Verdict>}
              </li>
            );
          })}
        </ol>
        <div aria-live="polite">
          {revealed && (
            <div class="presenter__answer">
              <p class="presenter__key">
                <Icon name="tick" />
                正确答案：{describeAnswer(question)}
              </p>
              <Explanation question={question} />
            </div>
          )}
        </div>
      </div>
      <div class="presenter__controls">
        <button type="button" class="button" onClick={() => act('previous')}>
          ← 上一题
        </button>
        {!revealed && (
          <button type="button" class="button button--primary" onClick={() => act('reveal')}>
            显示答案（Enter）
          </button>
        )}
        <button type="button" class="button" onClick={() => act('next')}>
          下一题 →
        </button>
        <CountdownLength
          seconds={seconds}
          onChange={(chosen) => {
            onSeconds(chosen);
            setCountdown(chosen > 0 && !revealed ? startCountdown(chosen, Date.now()) : null);
          }}
        />
        <FullScreenButton fullScreen={fullScreen} />
      </div>
      {revealed && hands.value && <hands.value question={question} number={index + 1} room={room} />}
      <KeyHelp />
    </section>
  );
}
