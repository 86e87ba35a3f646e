/**
 * Reading what a reader typed into a calculator field. Nothing here throws: each reader returns the value or the
 * Chinese message to show next to the field.
 */
import { compare, fraction, type Fraction } from './fraction';

/** The largest count a calculator accepts: a larger one is surely a slip, and the cap keeps the arithmetic exact. */
export const MAX_COUNT = 100_000;

/** The largest percent a calculator accepts (a margin or a share above 100% is no longer a margin or a share). */
const MAX_PERCENT = fraction(100);

/** One field read: its value, or the message to show next to it. */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** A whole form read: its values, or a message for each field that is wrong. */
export type FormResult<T, K extends string> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: Partial<Record<K, string>> };

const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });

/** Full-width digits, point, minus and percent sign (as a Chinese input method types them) as ASCII, spaces trimmed. */
export const normalizeWidth = (raw: string): string =>
  raw.replace(/[０-９．－％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim();

/** Whether the field was left blank (spaces, full-width ones included, count as blank). */
export const isBlank = (raw: string): boolean => normalizeWidth(raw) === '';

// An unsigned decimal number as typed: 69, 12.5, .5, 12.
const UNSIGNED = /^(\d+(\.\d*)?|\.\d+)$/;

/** Reads a whole number of people from 0 (or `min`) to MAX_COUNT; `label` names the field in the messages. */
export function parseCount(raw: string, label: string, min = 0): Parsed<number> {
  const text = normalizeWidth(raw);
  if (text === '') return fail(`请填写${label}。`);
  if (text.startsWith('-') && UNSIGNED.test(text.slice(1))) return fail(`${label}不能是负数。`);
  if (!UNSIGNED.test(text)) return fail(`${label}只能填写数字。`);
  if (text.includes('.')) return fail(`${label}应为整数，不能有小数。`);
  const value = Number(text);
  if (value > MAX_COUNT) return fail(`${label}不能超过${MAX_COUNT}，这是本测算允许的上限。`);
  if (value < min) return fail(`${label}至少为${min}。`);
  return { ok: true, value };
}

/** Reads a percent from 0 to 100 with at most two decimals (15, 12.5, 15%) as an exact fraction of a percent. */
export function parsePercent(raw: string, label: string): Parsed<Fraction> {
  const text = normalizeWidth(raw).replace(/%$/, '').trim();
  if (text === '') return fail(`请填写${label}。`);
  if (text.startsWith('-') && UNSIGNED.test(text.slice(1))) return fail(`${label}不能是负数。`);
  if (!UNSIGNED.test(text)) return fail(`${label}只能填写数字，如 15 或 12.5。`);
  const [whole = '', places = ''] = text.split('.');
  if (places.length > 2) return fail(`${label}最多保留两位小数。`);
  // Checked before Number() so that a long run of digits cannot overflow into Infinity.
  if (whole.replace(/^0+/, '').length > 3) return fail(`${label}不能超过100%。`);
  // Whole and hundredths as separate integers, so 12.5 is exactly 1250/100 with no binary rounding.
  const value = fraction(Number(whole || '0') * 100 + Number(places.padEnd(2, '0')), 100);
  if (compare(value, MAX_PERCENT) > 0) return fail(`${label}不能超过100%。`);
  return { ok: true, value };
}
