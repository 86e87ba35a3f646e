/** The slate checker's form in the address: ?size=69&leaders=46&frontline=23&under55=35. */
import { errorsOf, toQuery, type QueryDraft } from './calculator-address';
import { readSlateDraft, slateDraft, slateFields, type SlateCounts, type SlateDraft, type SlateField } from './slate';

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
