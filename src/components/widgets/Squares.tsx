import type { Highlight, Tone } from './Legend';

/** A run of squares of one kind, one square a person or unit. */
export interface SquareRun<K extends string> {
  readonly key: K;
  readonly count: number;
  readonly tone: Tone;
}

const CELL = 20;
const SIZE = 16;
const BLOCK_GAP = 12;

/**
 * Squares in blocks: each block starts on a new line, runs within a block stand one empty cell apart, and a line
 * wraps after `perRow` cells. Drawn for the eye only (aria-hidden): the legend with it says the same in words.
 * With a highlight, each run answers hover and tap; without one the picture is still.
 */
export function Squares<K extends string>({ blocks, perRow, highlight }: {
  blocks: readonly (readonly SquareRun<K>[])[];
  perRow: number;
  highlight?: Highlight<K>;
}) {
  let top = 0;
  const drawn = blocks.map((runs) => {
    let col = 0;
    let line = 0;
    const groups = runs.map((run) => {
      if (col > 0) col += 1;
      const rects = Array.from({ length: run.count }, () => {
        if (col >= perRow) [col, line] = [0, line + 1];
        const rect = <rect x={col * CELL + 2} y={top + line * CELL + 2} width={SIZE} height={SIZE} rx="2" />;
        col += 1;
        return rect;
      });
      return (
        <g key={run.key} class={`tone-${run.tone} ${highlight?.partClass(run.key) ?? ''}`} {...highlight?.onPicture(run.key)}>
          {rects}
        </g>
      );
    });
    top += (line + 1) * CELL + BLOCK_GAP;
    return groups;
  });
  return (
    <svg class="picture" viewBox={`0 0 ${perRow * CELL} ${top - BLOCK_GAP}`} aria-hidden="true" focusable="false">
      {drawn}
    </svg>
  );
}
