/** The arrow keys in a search: the box and the results below it are one list. */

/** The box's place in that list. */
export const searchBox = -1;

/**
 * Where a key moves focus from `from` (the box, or a result 0…count-1): Down and Up step through the results and
 * Up from the first returns to the box; Home and End jump to the first and last. Undefined leaves the key to the
 * browser (in the box, Home and End move the caret).
 */
export function moveFocus(key: string, from: number, count: number): number | undefined {
  if (count === 0) return undefined;
  if (from === searchBox) return key === 'ArrowDown' ? 0 : undefined;
  if (key === 'ArrowDown') return Math.min(from + 1, count - 1);
  if (key === 'ArrowUp') return from - 1;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}
