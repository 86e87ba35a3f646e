import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/** A number the steps yield, as the flow above the tabs shows it. */
export interface FlowEntry {
  readonly step: number;
  /** 不少于80名. */
  readonly amount: string;
  readonly label: string;
}

/** How far a finger must move sideways, in CSS pixels, to count as a swipe. */
const SWIPE = 48;

/**
 * The stepper of part 六: the numbers flowing from step to step, tabs for the steps, and 上一步/下一步. The step
 * panels come in as server-rendered children, so their words are not shipped again as script; the tabs show one
 * at a time. Moved through by click, arrow keys, Home/End, the buttons or a sideways swipe on the panel.
 */
export default function StepTabs({ titles, flow, children }: { titles: string[]; flow: FlowEntry[]; children?: ComponentChildren }) {
  const [current, setCurrent] = useState(0);
  const panels = useRef<HTMLDivElement>(null);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const start = useRef<{ x: number; y: number } | null>(null);
  const last = titles.length - 1;

  // Before the browser paints or takes the next key, so Tab from a tab always reaches the panel now shown.
  useLayoutEffect(() => {
    panels.current?.querySelectorAll<HTMLElement>('[role=tabpanel]').forEach((panel, i) => {
      panel.hidden = i !== current;
    });
  }, [current]);

  const go = (index: number, focus = false) => {
    setCurrent(index);
    if (focus) tabs.current[index]?.focus();
  };
  const onTabKey = (event: KeyboardEvent) => {
    const keys: Record<string, number> = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: last };
    const target = keys[event.key];
    if (target === undefined) return;
    event.preventDefault();
    go((target + titles.length) % titles.length, true);
  };
  const move = (by: number) => {
    const next = current + by;
    if (next >= 0 && next <= last) go(next);
  };
  const onSwipeEnd = (event: PointerEvent) => {
    const from = start.current;
    start.current = null;
    if (!from) return;
    const dx = event.clientX - from.x;
    if (Math.abs(dx) >= SWIPE && Math.abs(dx) > 1.5 * Math.abs(event.clientY - from.y)) move(dx < 0 ? 1 : -1);
  };

  return (
    <div class="steps">
      <h3 class="widget__subtitle" id="procedure-flow">
        人数的变化
      </h3>
      <ol class="flow" aria-labelledby="procedure-flow">
        {flow.map((entry) => (
          <li key={entry.step} class="flow__item" aria-current={entry.step === current + 1 ? 'step' : undefined}>
            <span class="flow__amount">{entry.amount}</span>
            <span class="flow__label">
              第{entry.step}步 · {entry.label}
            </span>
          </li>
        ))}
      </ol>
      <div class="steps__tabs js-only no-print" role="tablist" aria-label="产生程序的五个步骤">
        {titles.map((title, i) => (
          <button
            key={title}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`procedure-tab-${i + 1}`}
            class="button steps__tab"
            aria-selected={i === current}
            aria-controls={`procedure-step-${i + 1}`}
            tabIndex={i === current ? 0 : -1}
            onClick={() => go(i)}
            onKeyDown={onTabKey}
          >
            <span class="steps__number">{i + 1}</span>
            <span class="steps__title visually-hidden">{title}</span>
          </button>
        ))}
      </div>
      <p class="visually-hidden" aria-live="polite">
        第{current + 1}步，共{titles.length}步：{titles[current]}
      </p>
      <div
        class="steps__panels"
        ref={panels}
        onPointerDown={(event) => {
          if (event.pointerType !== 'mouse') start.current = { x: event.clientX, y: event.clientY };
        }}
        onPointerUp={onSwipeEnd}
        onPointerCancel={() => (start.current = null)}
      >
        {children}
      </div>
      <div class="steps__nav js-only no-print">
        <button type="button" class="button" aria-disabled={current === 0} onClick={() => move(-1)}>
          ← 上一步
        </button>
        <button type="button" class="button" aria-disabled={current === last} onClick={() => move(1)}>
          下一步 →
        </button>
      </div>
    </div>
  );
}
