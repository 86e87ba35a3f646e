/** The margin calculator's form in the address: ?seats=69&margin=15&bound=more&candidates=80. */
import { errorsOf, toQuery, type QueryDraft } from './calculator-address';
import type { Qualifier } from '../figures';
import { marginDraft, marginLabels, readMarginDraft, type MarginDraft, type MarginField, type MarginInput } from './margin';

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
