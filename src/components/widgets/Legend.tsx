import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/** How a part of a picture is drawn: filled, or outlined (so two kinds differ by shape, not only by colour). */
export type Tone = 'solid' | 'hollow';

type Handlers = { onMouseEnter: () => void; onClick: () => void; onFocus?: () => void };

/** The highlighted part of a picture, and what picks it. */
export interface Highlight<K extends string> {
  readonly active: K | null;
  /** Handlers for a part of the picture (not focusable: its legend entry is). */
  readonly onPicture: (key: K) => Handlers;
  /** Handlers for a legend entry: hover, keyboard focus or a press. */
  readonly onLegend: (key: K) => Handlers;
  /** The class that marks the highlighted part and dims the others. */
  readonly partClass: (key: K) => string;
}

/** Which part of a picture is highlighted: picked by hover or tap on the picture, or by focus, hover or press on the legend. */
export function useHighlight<K extends string>(): Highlight<K> {
  const [active, setActive] = useState<K | null>(null);
  const pick = (key: K) => () => setActive(key);
  return {
    active,
    onPicture: (key) => ({ onMouseEnter: pick(key), onClick: pick(key) }),
    onLegend: (key) => ({ onMouseEnter: pick(key), onFocus: pick(key), onClick: pick(key) }),
    partClass: (key) => (active === null ? '' : active === key ? 'is-active' : 'is-dimmed'),
  };
}

/** A small square drawn like the parts it stands for. */
export function Swatch({ tone }: { tone: Tone }) {
  return (
    <svg class="swatch" viewBox="0 0 12 12" width="14" height="14" aria-hidden="true" focusable="false">
      <rect class={`tone-${tone}`} x="1" y="1" width="10" height="10" rx="1.5" />
    </svg>
  );
}

/** A legend entry: a button that highlights its part of the picture and brings up its details. */
export function LegendEntry<K extends string>({ part, tone, highlight, children }: {
  part: K;
  tone: Tone;
  highlight: Highlight<K>;
  children: ComponentChildren;
}) {
  return (
    <button type="button" class="button legend__entry" aria-pressed={highlight.active === part} {...highlight.onLegend(part)}>
      <Swatch tone={tone} />
      <span>{children}</span>
    </button>
  );
}

/** Where the highlighted part's details appear, announced politely; a hint until something is picked. */
export function LegendDetails({ children }: { children?: ComponentChildren }) {
  return (
    <div class="details" aria-live="polite">
      {children ?? <p class="details__hint js-only">指向或点按图中的一部分，或用Tab键选择图下的项目，这里显示手册原文。</p>}
    </div>
  );
}
