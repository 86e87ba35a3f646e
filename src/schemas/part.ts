import { z } from 'astro/zod';

/** Frontmatter of one handbook part (content/handbook/*.mdx). */
export const partSchema = z.object({
  /** The part's question as the handbook words it, without its numeral. For the preface: 前言 (an editorial label). */
  title: z.string().min(1),
  /** The handbook's numeral for the part (一 to 七); absent for the preface. */
  numeral: z.enum(['一', '二', '三', '四', '五', '六', '七']).optional(),
  /** Reading order: 0 for the preface, then 1 to 7. */
  order: z.number().int().min(0).max(7),
  /** A short editorial label for navigation, e.g. 产生程序. */
  short: z.string().min(1).max(8),
  /** One editorial line for cards and meta descriptions. */
  summary: z.string().min(1).max(80),
});

export type PartData = z.infer<typeof partSchema>;
