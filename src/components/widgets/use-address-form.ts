import { useEffect, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import type { QueryDraft } from '../../lib/calculator-url';
import { isBlank, type FormResult } from '../../lib/field-input';

/** How a calculator's form is read and kept in the address, all from src/lib. */
export interface AddressFormSpec<D, K extends string, T> {
  readonly blank: D;
  readonly read: (draft: D) => FormResult<T, K>;
  readonly fromQuery: (query: string) => QueryDraft<D, K>;
  readonly toQuery: (draft: D) => string;
}

/**
 * A calculator's form, kept in the page address so that a filled-in check can be shared: restored from the address
 * once the island runs, written back (history.replaceState, with the widget's #id) on every change. A field's
 * message shows when it holds something, or once the reader has typed in it or the address named it: a blank
 * field nobody touched says nothing, so a fresh form is not a wall of 请填写.
 */
export function useAddressForm<D extends Readonly<Record<K, string>>, K extends string, T>(
  spec: AddressFormSpec<D, K, T>,
  root: RefObject<HTMLElement>,
) {
  const [draft, setDraft] = useState(spec.blank);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    const restored = spec.fromQuery(location.search);
    setDraft(restored.draft);
    setTouched(new Set(new URLSearchParams(location.search).keys()));
  }, []);

  const keep = (next: D, nextTouched: ReadonlySet<string>) => {
    setDraft(next);
    setTouched(nextTouched);
    const id = root.current?.closest('.widget')?.id;
    history.replaceState(history.state, '', `${location.pathname}${spec.toQuery(next)}${id ? `#${id}` : location.hash}`);
  };

  const result = spec.read(draft);
  const errors = (
    result.ok ? {} : Object.fromEntries(Object.entries(result.errors).filter(([key]) => touched.has(key) || !isBlank(draft[key as K])))
  ) as Partial<Record<K, string>>;
  const change = (key: K, value: D[K]) => keep({ ...draft, [key]: value }, new Set([...touched, key]));
  return {
    draft,
    result,
    errors,
    /** Whether any field shows a message. */
    hasErrors: Object.keys(errors).length > 0,
    /** The reader typed or chose a value. */
    change,
    /** A text field's value, message and input handler, for <Field>. */
    field: (key: K) => ({ value: draft[key], error: errors[key], onInput: (value: string) => change(key, value as D[K]) }),
    /** A whole form at once: a preset, or the blank form. */
    load: (next: D) => keep(next, new Set()),
  };
}
