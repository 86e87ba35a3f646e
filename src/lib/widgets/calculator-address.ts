/**
 * The calculators' inputs in the address bar, so a reader can share a result: what the two calculators share.
 * Each calculator's own query lives beside it (slate-address.ts, margin-address.ts), so that a page loads only its own.
 * Reading a query never throws: unknown keys are ignored and bad values become field errors.
 */
import type { FormResult } from './field-input';

/** A form as read from a query: what to show in each field, and the errors of the fields the query gave. */
export interface QueryDraft<D, K extends string> {
  readonly draft: D;
  readonly errors: Partial<Record<K, string>>;
}

/** Filled fields as a query string ('' for none), in the order given. */
export const toQuery = (entries: [string, string][]): string => {
  const query = new URLSearchParams(entries.filter(([, value]) => value !== '')).toString();
  return query ? `?${query}` : '';
};

/** Only the errors of fields the query named, so that a bare address opens a blank form, not a wall of 请填写. */
export function errorsOf<K extends string>(read: FormResult<unknown, K>, params: URLSearchParams): Partial<Record<K, string>> {
  if (read.ok) return {};
  return Object.fromEntries(Object.entries(read.errors).filter(([key]) => params.has(key))) as Partial<Record<K, string>>;
}
