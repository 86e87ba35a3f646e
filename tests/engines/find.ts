import type { EnginePage } from './drivers/types';

/**
 * How a journey names an element: the way a reader (or a screen reader) finds it, by role and accessible name,
 * by label, or by visible text — never by class names, which other changes to the interface are free to rename.
 */
export interface Query {
  role?: Role;
  /** The accessible name: text it contains (as Playwright's getByRole), or a pattern. */
  name?: string | RegExp;
  /** Text of the smallest element holding it: text it contains, or a pattern. */
  text?: string | RegExp;
  /** Only inside the first match of this query. */
  within?: Query;
}

type Role = 'button' | 'link' | 'radio' | 'checkbox' | 'textbox' | 'searchbox' | 'heading' | 'status' | 'alert' | 'dialog' | 'group' | 'banner' | 'main';

/** A Query as it crosses into the page: patterns as source and flags. */
interface WireQuery {
  role?: Role;
  name?: WireText;
  text?: WireText;
  within?: WireQuery;
}
type WireText = { part: string } | { source: string; flags: string };

const wireText = (t: string | RegExp): WireText => (typeof t === 'string' ? { part: t } : { source: t.source, flags: t.flags });
const wire = (q: Query): WireQuery => ({
  ...(q.role && { role: q.role }),
  ...(q.name !== undefined && { name: wireText(q.name) }),
  ...(q.text !== undefined && { text: wireText(q.text) }),
  ...(q.within && { within: wire(q.within) }),
});

/**
 * Runs in the page: marks the first visible element matching the query (or, with `label`, the label that
 * operates it) and returns a CSS selector for it, or null. Self-contained, as it is sent as source text.
 * Accessible names follow the common cases of the accname rules: aria-labelledby, aria-label, <label>, <legend>,
 * then the text content.
 */
function locate(query: WireQuery, label: boolean): string | null {
  const roles: Record<string, string> = {
    button: 'button, [role=button], summary, input[type=button], input[type=submit]',
    link: 'a[href]',
    radio: 'input[type=radio], [role=radio]',
    checkbox: 'input[type=checkbox], [role=checkbox]',
    textbox: 'input:not([type]), input[type=text], input[type=number], input[type=tel], textarea',
    searchbox: 'input[type=search], [role=searchbox]',
    heading: 'h1, h2, h3, h4, h5, h6, [role=heading]',
    status: '[role=status], output',
    alert: '[role=alert]',
    dialog: 'dialog[open], [role=dialog]',
    group: 'fieldset, [role=group]',
    banner: 'body > header, [role=banner]',
    main: 'main, [role=main]',
  };
  const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const matches = (value: string, want: WireText) =>
    'part' in want ? value.includes(want.part) : new RegExp(want.source, want.flags).test(value);
  // Text as a screen reader hears it: without what is aria-hidden.
  const spoken = (el: Element | null | undefined): string =>
    !el
      ? ''
      : norm(
          [...el.childNodes]
            .map((n) => (n instanceof Element ? (n.getAttribute('aria-hidden') === 'true' ? '' : spoken(n)) : n.textContent))
            .join(''),
        );
  const nameOf = (el: Element): string => {
    const by = el.getAttribute('aria-labelledby');
    if (by) return norm(by.split(/\s+/).map((id) => spoken(document.getElementById(id))).join(' '));
    const aria = el.getAttribute('aria-label');
    if (aria) return norm(aria);
    const labels = (el as HTMLInputElement).labels;
    if (labels && labels.length > 0) return norm([...labels].map(spoken).join(' '));
    if (el instanceof HTMLFieldSetElement) return spoken(el.querySelector('legend'));
    return spoken(el);
  };
  const shown = (el: Element) => {
    if (el.closest('[hidden], [aria-hidden=true]')) return false;
    // A visually hidden control (a radio drawn by its label) still counts, as it does for a screen reader.
    const control = el.matches('input') ? ((el as HTMLInputElement).labels?.[0] ?? el) : el;
    return control.getClientRects().length > 0 && getComputedStyle(control).visibility !== 'hidden';
  };
  const find = (q: WireQuery, scope: ParentNode): Element | null => {
    const inner = q.within ? find(q.within, scope) : null;
    if (q.within && !inner) return null;
    const root = inner ?? scope;
    const candidates = [...root.querySelectorAll(q.role ? roles[q.role]! : '*')].filter(shown);
    if (q.text) {
      const want = q.text;
      const holding = candidates.filter((el) => matches(spoken(el), want));
      // The smallest: no child element holds the text too.
      return holding.find((el) => ![...el.children].some((c) => matches(spoken(c), want))) ?? null;
    }
    return candidates.find((el) => q.name === undefined || matches(nameOf(el), q.name)) ?? null;
  };
  const found = find(query, document);
  const target = found && label && found.matches('input') ? ((found as HTMLInputElement).labels?.[0] ?? found) : found;
  if (!target) return null;
  const w = window as unknown as { engineTargets?: number };
  const id = String((w.engineTargets = (w.engineTargets ?? 0) + 1));
  target.setAttribute('data-engine-target', id);
  return `[data-engine-target="${id}"]`;
}

const describe = (q: Query): string => JSON.stringify(wire(q));

/** The journeys' view of a page: find as a reader does, wait for what a reader would see. */
export function reader(page: EnginePage, timeout = 20_000) {
  const poll = async <T>(what: string, probe: () => Promise<T | null | undefined | false>): Promise<T> => {
    const until = Date.now() + timeout;
    for (;;) {
      // A page that is navigating (a search result's link followed) has no document to ask yet: ask again.
      const value = await probe().catch((error: unknown) => {
        if (/context was destroyed|navigat|no such (frame|window)|Cannot find context/i.test(String(error))) return null;
        throw error;
      });
      if (value) return value;
      if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const selector = (q: Query, label = false) => poll(describe(q), () => page.evaluate(locate, wire(q), label));
  return {
    page,
    /** Waits until the element is there and shown; returns a selector for it. */
    waitFor: (q: Query) => selector(q),
    /** Whether the element is there now. */
    has: async (q: Query) => (await page.evaluate(locate, wire(q), false)) !== null,
    click: async (q: Query) => page.click(await selector(q)),
    /** Chooses a radio or checkbox by clicking its label, as on a phone. */
    choose: async (q: Query) => page.click(await selector(q, true)),
    /** Replaces a field's value by typing. */
    fill: async (q: Query, text: string) => page.fill(await selector(q), text),
    textOf: async (q: Query) => page.evaluate((s: string) => document.querySelector(s)!.textContent ?? '', await selector(q)),
    /** Waits until `probe` (run in the page) returns something truthy, and returns it. */
    until: <T, A extends unknown[]>(what: string, probe: (...args: A) => T, ...args: A) =>
      poll(what, () => page.evaluate(probe, ...args) as Promise<T>),
  };
}
