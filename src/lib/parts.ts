/** The reading order of the handbook's parts, and the neighbours of each for previous/next links. */
export interface PartLike {
  id: string;
  data: { order: number };
}

/** The parts sorted in reading order (preface first). */
export const inReadingOrder = <T extends PartLike>(parts: readonly T[]): T[] =>
  [...parts].sort((a, b) => a.data.order - b.data.order);

/** The part before and after `id` in reading order, if any. */
export function neighbours<T extends PartLike>(ordered: readonly T[], id: string): { previous?: T; next?: T } {
  const i = ordered.findIndex((p) => p.id === id);
  if (i < 0) return {};
  const result: { previous?: T; next?: T } = {};
  if (i > 0) result.previous = ordered[i - 1]!;
  if (i < ordered.length - 1) result.next = ordered[i + 1]!;
  return result;
}

/** How a part is labelled in navigation: 六、产生程序 (the preface has no numeral). */
export const partLabel = (data: { number?: string | undefined; short: string }): string =>
  data.number ? `${data.number}、${data.short}` : data.short;
