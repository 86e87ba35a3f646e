/** The list with the item at `from` moved to `to` (both clamped to the list), the others keeping their order. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const last = items.length - 1;
  const source = Math.min(Math.max(from, 0), last);
  const target = Math.min(Math.max(to, 0), last);
  const moved = [...items];
  const [item] = moved.splice(source, 1);
  if (item !== undefined) moved.splice(target, 0, item);
  return moved;
}

/**
 * Where an item dragged to `pointerY` belongs: the number of other items whose middle lies above the pointer.
 * `middles` are the vertical middles of the items as laid out, in order; `dragged` is the index of the item held.
 */
export function dropIndex(middles: readonly number[], dragged: number, pointerY: number): number {
  return middles.filter((middle, i) => i !== dragged && middle < pointerY).length;
}
