import type { Browser, Page } from 'puppeteer-core';
import { viewport, type EnginePage } from './types';

/**
 * An EnginePage over a Puppeteer page. Puppeteer 19 (for Chromium 109) and Puppeteer 25 (current Chromium over
 * CDP, Firefox over WebDriver BiDi) share these calls, so one adapter serves both; the structural type below is
 * what the two versions have in common.
 */
type AnyPage = Pick<Page, 'goto' | 'reload' | 'click' | 'type' | 'screenshot' | 'pdf' | 'close' | 'on'> & {
  evaluateOnNewDocument: (source: string) => Promise<{ identifier: string }>;
  removeScriptToEvaluateOnNewDocument: (identifier: string) => Promise<void>;
  evaluate: (fn: string, ...args: unknown[]) => Promise<unknown>;
  keyboard: { press: (key: string) => Promise<void> };
};

/** `ignore`: reports that are the browser's own doing, not the page's (see firefox.ts). */
export async function puppeteerPage(browser: Pick<Browser, 'close'>, page: unknown, baseURL: string, ignore?: RegExp): Promise<EnginePage> {
  const p = page as AnyPage;
  const errors: string[] = [];
  p.on('pageerror', (error) => {
    const message = String(error instanceof Error ? error.message : error);
    if (!ignore?.test(message)) errors.push(message);
  });
  return {
    goto: async (path, before) => {
      const script = before ? await p.evaluateOnNewDocument(before) : undefined;
      await p.goto(new URL(path, baseURL).href, { waitUntil: 'load' });
      if (script) await p.removeScriptToEvaluateOnNewDocument(script.identifier);
    },
    reload: async () => void (await p.reload({ waitUntil: 'load' })),
    // Passed as source text so that both Puppeteer versions and every protocol run exactly the same function.
    evaluate: async (fn, ...args) => (await p.evaluate(`(${fn.toString()})(...${JSON.stringify(args)})`)) as never,
    click: async (selector) => {
      // Scrolled at once: the site scrolls smoothly, and Puppeteer 19 clicks where the element was mid-scroll.
      await p.evaluate(`document.querySelector(${JSON.stringify(selector)}).scrollIntoView({ block: 'center', behavior: 'instant' })`);
      await p.click(selector);
    },
    fill: async (selector, text) => {
      await p.evaluate(`(s => { const field = document.querySelector(s); field.focus(); field.select(); })(${JSON.stringify(selector)})`);
      if (text === '') await p.keyboard.press('Backspace');
      else await p.type(selector, text);
    },
    press: (key) => p.keyboard.press(key === 'Space' ? ' ' : key),
    screenshot: async (file) => void (await p.screenshot({ path: file as `${string}.png` })),
    pdf: async (file) => void (await p.pdf({ path: file, format: 'a4', preferCSSPageSize: true })),
    errors: async () => [...errors],
    close: () => browser.close(),
  };
}

export const puppeteerViewport = { ...viewport, deviceScaleFactor: 1 };
