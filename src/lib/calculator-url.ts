/**
 * The calculators' inputs in the address bar (?size=69&leaders=46…, ?seats=69&margin=15&bound=more), so a reader can
 * share a result. Reading a query never throws: unknown keys are ignored and bad values become field errors.
 */
import type { Qualifier } from './figures';
import type { FormResult } from './field-input';
import { marginDraft, marginLabels, readMarginDraft, type MarginDraft, type MarginField, type MarginInput } from './margin';
import { readSlateDraft, slateDraft, slateFields, type SlateCounts, type SlateDraft, type SlateField } from './slate';

/** A form as read from a query: what to show in each field, and the errors of the fields the query gave. */
export interface QueryDraft<D, K extends string> {
  readonly draft: D;
  readonly errors: Partial<Record<K, string>>;
}

const toQuery = (entries: [string, string][]): string => {
  const query = new URLSearchParams(entries.filter(([, value]) => value !== '')).toString();
  return query ? `?${query}` : '';
};

// Report only the errors of fields the query named, so that a bare address opens a blank form, not a wall of 请填写.
function errorsOf<K extends string>(read: FormResult<unknown, K>, params: URLSearchParams): Partial<Record<K, string>> {
  if (read.ok) return {};
  return Object.fromEntries(Object.entries(read.errors).filter(([key]) => params.has(key))) as Partial<Record<K, string>>;
}

/** The checker's form as typed, as a query string ('' for a blank form); bad values travel too, to be shown again. */
export const slateDraftQuery = (draft: SlateDraft): string => toQuery(slateFields.map((key) => [key, draft[key]]));

/** The checker's list as a query string ('' for none): ?size=69&leaders=46&frontline=23&under55=35. */
export const slateQuery = (counts: SlateCounts): string => slateDraftQuery(slateDraft(counts));

/** The checker's form from a query string (with or without '?'). */
export function readSlateQuery(query: string): QueryDraft<SlateDraft, SlateField> {
  const params = new URLSearchParams(query);
  const draft = Object.fromEntries(slateFields.map((key) => [key, params.get(key) ?? ''])) as SlateDraft;
  return { draft, errors: errorsOf(readSlateDraft(draft), params) };
}

// The qualifier travels as an ASCII word, so a shared link stays readable.
const bounds = { more: '多于', atleast: '不少于' } as const satisfies Record<string, Qualifier>;
const isBound = (word: string): word is keyof typeof bounds => Object.hasOwn(bounds, word);
const boundOf = (qualifier: Qualifier): keyof typeof bounds => (qualifier === bounds.more ? 'more' : 'atleast');

/** The margin calculator's form as typed, as a query string; the bound is always written, the rest when filled. */
export const marginDraftQuery = (draft: MarginDraft): string =>
  toQuery([
    ['seats', draft.seats],
    ['margin', draft.margin],
    ['bound', boundOf(draft.qualifier)],
    ['candidates', draft.candidates],
  ]);

/** The margin calculator's input as a query string: ?seats=69&margin=15&bound=more&candidates=80. */
export const marginQuery = (input: MarginInput): string => marginDraftQuery(marginDraft(input));

/** The margin calculator's form from a query string; a missing or unknown bound falls back to the handbook's 多于. */
export function readMarginQuery(query: string): QueryDraft<MarginDraft, MarginField> {
  const params = new URLSearchParams(query);
  const bound = params.get('bound');
  const qualifier = bound !== null && isBound(bound) ? bounds[bound] : bounds.more;
  const draft: MarginDraft = {
    seats: params.get('seats') ?? '',
    margin: params.get('margin') ?? '',
    qualifier,
    candidates: params.get('candidates') ?? '',
  };
  const errors = errorsOf(readMarginDraft(draft), params);
  if (bound !== null && !isBound(bound)) errors.qualifier = `${marginLabels.qualifier}只能是“多于”或“不少于”。`;
  return { draft, errors };
}
