import type { ComponentChildren } from 'preact';

/**
 * A calculator's result line, announced politely: the result, or until there is one, what to do next. Without
 * scripts it says instead that the calculator needs them.
 */
export function Status({ result, hasErrors, prompt }: {
  /** The result in one sentence; none while the form is blank or wrong. */
  result?: ComponentChildren;
  /** Whether some field shows a message. */
  hasErrors: boolean;
  /** What to fill in to get a result. */
  prompt: string;
}) {
  return (
    <>
      <p class="status no-js-only">本测算需要浏览器启用脚本（JavaScript）后才能使用。</p>
      <p class="status js-only" role="status" aria-live="polite">
        {result ?? (hasErrors ? '请先改正上面标出的内容，改正后显示测算结果。' : prompt)}
      </p>
    </>
  );
}
