import { z } from 'astro/zod';

const base = z.object({
  /** Stable id, shown on the 校勘说明 page as the entry's anchor. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The part slug (file name under content/handbook), or `all` for a whole-text convention. */
  part: z.string().min(1),
  /** Why the change was made, for readers. */
  reason: z.string().min(1),
});

/** A change at one place: `before` must occur exactly once in the source copy. */
const located = base.extend({
  kind: z.enum(['word', 'join']),
  /** The id of the paragraph or heading the change lands in. */
  anchor: z.string().min(1),
  /** The source's text, exactly as received (content/source/handbook.txt). */
  before: z.string().min(1),
  /** The text the site prints instead. */
  after: z.string().min(1),
});

/** A convention applied throughout, such as removing typed spaces. */
const convention = base.extend({ kind: z.literal('spacing') });

/** One entry of content/errata.yaml: every change the site makes to the source text. */
export const errataEntrySchema = z.discriminatedUnion('kind', [located, convention]);

export type ErrataEntry = z.infer<typeof errataEntrySchema>;
export type LocatedErrataEntry = z.infer<typeof located>;
