import { useEffect, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import type { QueryDraft } from '../../lib/widgets/calculator-address';
import { isBlank, type FormResult } from '../../lib/widgets/field-input';

/** How a calculator's form is read and kept in the address, all from src/lib. */
export interface AddressFormSpec<D, K extends string, T> {
  readonly blank: D;
  readonly read: (draft: D) => FormResult<T, K>;
  readonly fromQuery: (query: string) => QueryDraft<D, K>;
  readonly toQuery: (draft: D) => string;
}

type Errors<K extends string> = Partial<Record<K, string>>;

/** The messages whose field passes the test. */
const only = <K extends string>(errors: Errors<K>, test: (key: K) => boolean): Errors<K> =>
  Object.fromEntries(Object.entries(errors).filter(([key]) => test(key as K))) as Errors<K>;

/**
 * A calculator's form, kept in the page address so that a filled-in check can be shared: restored from the address
 * once the island runs, written back (history.replaceState, with the widget's #id) on every change. A field's
 * message shows when it holds something, or once the reader has typed in it or the address named it: a blank
 * field nobody touched says nothing, so a fresh form is not a wall of 请填写. There is a value to show only while
 * no message shows.
 */
export function useAddressForm<D extends Readonly<Record<K, string>>, K extends string, T>(
  spec: AddressFormSpec<D, K, T>,
  root: RefObject<HTMLElement>,
) {
  const [draft, setDraft] = useState(spec.blank);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  // Errors only an address can have (an unknown 多于/不少于 word), kept until the reader sets that field.
  const [fromAddress, setFromAddress] = useState<Errors<K>>({});

  useEffect(() => {
    const restored = spec.fromQuery(location.search);
    const read = spec.read(restored.draft);
    setDraft(restored.draft);
    setTouched(new Set(new URLSearchParams(location.search).keys()));
    setFromAddress(only(restored.errors, (key) => read.ok || !(key in read.errors)));
  }, []);

  const keep = (next: D, nextTouched: ReadonlySet<string>, changed?: K) => {
    setDraft(next);
    setTouched(nextTouched);
    setFromAddress((errors) => (changed ? only(errors, (key) => key !== changed) : {}));
    const id = root.current?.closest('.widget')?.id;
    history.replaceState(history.state, '', `${location.pathname}${spec.toQuery(next)}${id ? `#${id}` : location.hash}`);
  };

  const result = spec.read(draft);
  const errors = { ...fromAddress, ...(result.ok ? {} : only(result.errors, (key) => touched.has(key) || !isBlank(draft[key]))) };
  const hasErrors = Object.keys(errors).length > 0;
  const change = (key: K, value: D[K]) => keep({ ...draft, [key]: value }, new Set([...touched, key]), key);
  return {
    draft,
    /** The form read, while it is complete and no message shows. */
    value: result.ok && !hasErrors ? result.value : undefined,
    errors,
    /** Whether any field shows a message. */
    hasErrors,
    /** The reader typed or chose a value. */
    change,
    /** A text field's value, message and input handler, for <Field>. */
    field: (key: K) => ({ value: draft[key], error: errors[key], onInput: (value: string) => change(key, value as D[K]) }),
    /** A whole form at once: a preset, or the blank form. */
    load: (next: D) => keep(next, new Set()),
  };
}
