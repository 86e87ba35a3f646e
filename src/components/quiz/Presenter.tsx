import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { quizPages, setAddress } from '../../lib/quiz/address';
import type { Bank, BankQuestion } from '../../lib/quiz/bank';
import { idsOf } from '../../lib/quiz/check';
import { startCountdown, type Countdown as CountdownState } from '../../lib/quiz/countdown';
import { describeAnswer, optionLetter, setTitle, typeLabels } from '../../lib/quiz/describe';
import { keyAction, presenterStep, startStage, type PresenterAction } from '../../lib/quiz/presenter';
import type { QuizSet } from '../../lib/quiz/sets';
import { href } from '../../site';
import { BankPending } from './BankPending';
import { Countdown, CountdownLength } from './Countdown';
import { Explanation } from './Explanation';
import { useBank } from './use-bank';
import { Icon } from '../Icon';
import { Verdict } from '../Verdict';
import { QrCode } from './QrCode';
import { SharedSet } from './SharedSet';
import { phoneAddress } from '../../lib/session/phone-address';
import { resumeStage } from '../../lib/session/live';
import { lazyFailed, useLazy, useRoom } from '../session/hooks';
import { useFit, useFullScreen } from '../session/projector';
import { ScanPanel } from '../session/ScanPanel';
import { Notices } from './Notices';

/** 支部学习: a set on the projector, one question per screen, with a QR code that opens the same set on phones. */
export default function Presenter({ children }: { children?: ComponentChildren }) {
  const state = useBank();
  if (state.status !== 'ready') return <BankPending state={state}>{children}</BankPending>;
  return (
    <SharedSet bank={state.bank} action="准备放映">
      {({ set, questions }, leave) => <Show key={set.code} bank={state.bank} set={set} questions={questions} onLeave={leave} />}
    </SharedSet>
  );
}

interface ShowProps {
  bank: Bank;
  set: QuizSet;
  questions: readonly BankQuestion[];
  onLeave: () => void;
}

/** The projector view, in full screen on request; the room's session (screen, counts, scans) survives a reload. */
function Show(props: ShowProps) {
  const frame = useRef<HTMLDivElement>(null);
  const [fullScreen, toggleFullScreen] = useFullScreen(frame);
  return (
    <div class="projector" ref={frame}>
      <Screens {...props} fullScreen={fullScreen} toggleFullScreen={toggleFullScreen} />
    </div>
  );
}

function Screens({ bank, set, questions, onLeave, fullScreen, toggleFullScreen }: ShowProps & { fullScreen: boolean; toggleFullScreen: (() => void) | undefined }) {
  const room = useRoom(set.code);
  const { session } = room;
  const stage = resumeStage(session.stage, questions.length);
  const [showResults, setShowResults] = useState(false);
  const results = useLazy(showResults, () => import('../session/SessionResults'));
  // The show of hands comes with the first answer shown.
  const hands = useLazy(stage.screen === 'question' && stage.revealed, () => import('../session/RoomCount'));
  const [seconds, setSeconds] = useState(0);
  const [countdown, setCountdown] = useState<CountdownState | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const title = setTitle(set, bank.parts);
  const phone = phoneAddress(href(setAddress('join', set.code)), new URL(location.href));

  const act = (action: PresenterAction) =>
    room.change((current) => ({ ...current, stage: presenterStep(resumeStage(current.stage, questions.length), action, questions.length) }));
  const toStart = () => room.change((current) => ({ ...current, stage: startStage }));
  const keys = useRef({ act, toggleFullScreen });
  keys.current = { act, toggleFullScreen };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.defaultPrevented) return;
      const target = event.target as Element;
      // Typing a count or a note is not driving the projector.
      if (target.closest('input, textarea')) return;
      // Enter and space on a button, link or menu work it. The countdown menu keeps ↑ and ↓ to choose with,
      // so that the presenter's ← and → still move on after it was used with the mouse.
      if ((event.key === 'Enter' || event.key === ' ') && target.closest('button, a, summary, select')) return;
      if (event.key === 'f' || event.key === 'F') {
        keys.current.toggleFullScreen?.();
        return;
      }
      const action = keyAction(event.key);
      if (!action) return;
      event.preventDefault();
      keys.current.act(action);
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);

  // Each new screen takes focus (so the keys keep working after a button was clicked) and, if chosen, its countdown.
  const screenKey = showResults ? 'results' : stage.screen === 'question' ? `q${stage.index}` : stage.screen;
  const first = useRef(true);
  useEffect(() => {
    if (!first.current) heading.current?.focus({ preventScroll: true });
    first.current = false;
    setCountdown(stage.screen === 'question' && seconds > 0 ? startCountdown(seconds, Date.now()) : null);
  }, [screenKey]);
  const revealed = stage.screen === 'question' && stage.revealed;
  useEffect(() => {
    if (revealed) setCountdown(null);
  }, [revealed]);
  // The question, its options and its answer fit one screen, the buttons below them.
  const slide = useRef<HTMLDivElement>(null);
  useFit(slide, `${screenKey}/${revealed}/${fullScreen}`);

  const fullScreenButton = toggleFullScreen && (
    <button type="button" class="button" onClick={toggleFullScreen}>
      {fullScreen ? '退出全屏（F）' : '全屏放映（F）'}
    </button>
  );
  const scan = <ScanPanel session={session} questions={questions} onChange={room.change} />;

  if (showResults)
    return (
      <>
        <Notices notices={room.notices} />
        {results.value ? (
          <results.value title={title} questions={questions} room={room} onBack={() => setShowResults(false)} />
        ) : (
          <p role="status">{results.failed ? lazyFailed : '正在载入……'}</p>
        )}
      </>
    );

  if (stage.screen === 'start')
    return (
      <section class="presenter presenter--start" aria-labelledby="presenter-title">
        <div class="presenter__intro">
          <h2 id="presenter-title" class="presenter__title" tabIndex={-1} ref={heading}>
            {title}
          </h2>
          <p class="presenter__meta">
            共{questions.length}题 · 练习编号 <span class="code">{set.code}</span>
          </p>
          <p>用手机扫二维码，就能在手机上做同一组题，题目和顺序都与屏幕一致；做完出示结果二维码，由书记扫码统计。</p>
          <p class="presenter__address">{phone.address}</p>
          {phone.loopback && (
            <p class="notice presenter__warning" role="alert">
              二维码指向本机地址（{new URL(phone.address).host}），手机打不开：请用 npm run start:lan 启动，打开它给出的放映地址。
            </p>
          )}
          <Notices notices={room.notices} />
          <div class="presenter__controls">
            <button type="button" class="button button--primary" onClick={() => act('next')}>
              开始放映
            </button>
            <a class="button" href={href(setAddress('sheet', set.code))}>
              打印这组题的答题纸
            </a>
            <button type="button" class="button" onClick={onLeave}>
              换一组题
            </button>
            <CountdownLength seconds={seconds} onChange={setSeconds} />
            {fullScreenButton}
            <button type="button" class="button" onClick={() => setShowResults(true)}>
              本场结果
            </button>
            <a class="button" href={href(quizPages.records)}>
              学习记录
            </a>
          </div>
          {scan}
          <KeyHelp />
        </div>
        <figure class="presenter__qr">
          <QrCode text={phone.address} label={`二维码：在手机上打开这组题（编号 ${set.code}）`} />
          <figcaption>扫码做同一组题</figcaption>
        </figure>
      </section>
    );

  if (stage.screen === 'end')
    return (
      <section class="presenter presenter--end" aria-labelledby="presenter-title">
        <h2 id="presenter-title" class="presenter__title" tabIndex={-1} ref={heading}>
          本组{questions.length}题已全部讲完
        </h2>
        <div class="presenter__controls">
          <button type="button" class="button button--primary" onClick={() => setShowResults(true)}>
            本场结果和学习记录
          </button>
          <button type="button" class="button" onClick={() => act('previous')}>
            回到最后一题
          </button>
          <button type="button" class="button" onClick={toStart}>
            回到开始（二维码）
          </button>
          <a class="button" href={href(quizPages.presenter)}>
            放映别的题
          </a>
          {fullScreenButton}
        </div>
        {scan}
      </section>
    );

  const question = questions[stage.index]!;
  const right = idsOf(question.answer);
  return (
    <section class="presenter presenter--question" aria-labelledby="presenter-title">
      <div class="presenter__slide" ref={slide}>
        <div class="presenter__bar">
          <span class="presenter__count">
            第{stage.index + 1}题 / 共{questions.length}题
          </span>
          <span class="presenter__type">{typeLabels[question.type]}</span>
          {countdown && (
            <Countdown
              state={countdown}
              onChange={setCountdown}
              onOff={() => {
                setCountdown(null);
                setSeconds(0);
              }}
            />
          )}
        </div>
        <h2 id="presenter-title" class="presenter__stem" tabIndex={-1} ref={heading}>
          {question.stem}
        </h2>
        <ol class="presenter__options">
          {question.options.map((option, index) => {
            const isRight = stage.revealed && question.type !== 'order' && right.includes(option.id);
            return (
              <li key={option.id} class={isRight ? 'presenter__option presenter__option--right' : 'presenter__option'}>
                <span class="presenter__letter">{question.type === 'judge' ? '' : `${optionLetter(index)}.`}</span>
                <span>{option.text}</span>
                {isRight && <Verdict tone="ok">正确</Verdict>}
              </li>
            );
          })}
        </ol>
        <div aria-live="polite">
          {stage.revealed && (
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
        {!stage.revealed && (
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
            setSeconds(chosen);
            setCountdown(chosen > 0 && !stage.revealed ? startCountdown(chosen, Date.now()) : null);
          }}
        />
        {fullScreenButton}
      </div>
      {stage.revealed && hands.value && <hands.value question={question} number={stage.index + 1} room={room} />}
      <KeyHelp />
    </section>
  );
}

/** The keys, spelled out on screen. */
function KeyHelp() {
  return <p class="presenter__keys muted">键盘或翻页笔：→、空格或 PageDown 下一题　←、PageUp 上一题　Enter、B 或句号 显示答案　F 全屏</p>;
}
