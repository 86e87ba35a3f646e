/**
 * Runs in the page: the computed colours and sizes a reader sees on a few landmarks of a part page — the page,
 * its heading and text, a link, the header's buttons, the focus ring of what the first Tab reached (the skip link)
 * — so that two engines can be compared.
 * Colours are normalised to rgb()/rgba() with no spaces, as engines print them slightly differently.
 */
export function landmarks(): Record<string, string> {
  // A window without system focus (MiniBrowser under Xvfb, with no window manager) shows no :focus at all: there,
  // the page's own :focus-visible rule is applied to a copy of the focused element and measured instead.
  const focusRule = (focused: Element) => {
    const rules = (list: CSSRuleList): CSSRule[] => [...list].flatMap((r) => ('cssRules' in r ? [r, ...rules((r as CSSGroupingRule).cssRules)] : [r]));
    const rule = [...document.styleSheets].flatMap((s) => rules(s.cssRules)).find((r) => (r as CSSStyleRule).selectorText === ':focus-visible') as CSSStyleRule;
    const copy = focused.cloneNode(true) as HTMLElement;
    copy.style.cssText = rule.style.cssText;
    focused.after(copy);
    const style = getComputedStyle(copy);
    const ring = { outlineWidth: style.outlineWidth, outlineStyle: style.outlineStyle, outlineColor: style.outlineColor };
    copy.remove();
    return ring;
  };
  const norm = (value: string) => value.replace(/\s+/g, '');
  const style = (selector: string) => {
    const el = document.querySelector(selector);
    if (!el) throw new Error(`no ${selector} on the page`);
    return getComputedStyle(el);
  };
  const body = style('body');
  const h1 = style('main h1');
  const para = style('main p[id]');
  const link = style('main p[id] a[href]:not([data-copy-link]), main a[href]');
  const button = style('header button, header summary');
  const header = style('body > header');
  const focused = document.activeElement!;
  const ring = document.hasFocus() ? getComputedStyle(focused) : focusRule(focused);
  return {
    'page background': norm(body.backgroundColor),
    'text colour': norm(body.color),
    'heading colour': norm(h1.color),
    'heading size': h1.fontSize,
    'paragraph size': para.fontSize,
    'link colour': norm(link.color),
    'header background': norm(header.backgroundColor),
    'header rule': `${header.borderBottomWidth} ${header.borderBottomStyle} ${norm(header.borderBottomColor)}`,
    'button border': `${button.borderTopWidth} ${button.borderTopStyle} ${norm(button.borderTopColor)}`,
    'button background': norm(button.backgroundColor),
    'focus ring': `${focused?.textContent}: ${ring.outlineWidth} ${ring.outlineStyle} ${norm(ring.outlineColor)}`,
    'page width': String(document.documentElement.scrollWidth <= innerWidth ? 'fits' : `${document.documentElement.scrollWidth} > ${innerWidth}`),
  };
}
