/**
 * The handbook's parts. A part is named everywhere by its id: the content file's name, which is also its address
 * (`procedure` for content/handbook/procedure.mdx and /procedure/). Its numeral (六) and reading order are fields of
 * the same record (its frontmatter); the list of parts is the content/handbook folder itself.
 */
export interface PartLike {
  id: string;
  data: { order: number };
}

/** The parts sorted in reading order (preface first). */
export const sortParts = <T extends PartLike>(parts: readonly T[]): T[] =>
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
export const partLabel = (data: { numeral?: string | undefined; short: string }): string =>
  data.numeral ? `${data.numeral}、${data.short}` : data.short;
