import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { puppeteerPage, puppeteerViewport } from './puppeteer';
import type { Engine } from './types';

const executablePath = process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr';

/**
 * Firefox reports that its own loads of the tab and touch icons fail under the service worker, while the page's
 * fetches of the same files through the same worker succeed (200, checked by hand): not the page's error. Only
 * those two files, and only that report, are left out.
 */
const tabIcons = /^Failed to load ‘[^’]*\/(favicon\.svg|icons\/apple-touch-180\.png)’\. A ServiceWorker intercepted the request/;

/** Firefox ESR (Debian's firefox-esr), headless, driven over WebDriver BiDi. */
export const firefox: Engine = {
  name: 'firefox-esr',
  emulatesSystemScheme: true,
  runsBeforeScripts: true,
  missing: () => (existsSync(executablePath) ? undefined : `no Firefox at ${executablePath}`),
  async open({ systemScheme, baseURL }) {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      defaultViewport: puppeteerViewport,
      // The system scheme the page sees (0 dark, 1 light).
      extraPrefsFirefox: { 'layout.css.prefers-color-scheme.content-override': systemScheme === 'dark' ? 0 : 1 },
    });
    const page = await browser.newPage();
    return puppeteerPage(browser, page, baseURL, tabIcons);
  },
};
