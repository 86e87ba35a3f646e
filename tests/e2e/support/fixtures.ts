import { test as base, expect } from '@playwright/test';
import { join } from 'node:path';
import { pageAddresses } from '../../../scripts/site-pages.mjs';

const dist = join(import.meta.dirname, '..', '..', '..', 'dist');

/** Every page of the built site as a path ('/', '/procedure/'), found in dist/ rather than listed by hand. */
export const builtPages = (): string[] => pageAddresses(dist);

/**
 * Every test fails if the page logs a console error, throws, breaks its Content-Security-Policy, or requests
 * anything from another origin: the site must work offline and send nothing elsewhere.
 */
export const test = base.extend<{ notFoundPage: boolean; guard: void }>({
  /** Set for tests of the 404 page, where the browser rightly logs the document's 404 status. */
  notFoundPage: [false, { option: true }],
  guard: [
    async ({ page, baseURL, notFoundPage }, use) => {
      const problems: string[] = [];
      // The site is served on this machine only: the suite's server and the ones some tests start themselves.
      const siteHost = new URL(baseURL!).hostname;
      page.on('console', (msg) => {
        const documentNotFound = notFoundPage && /status of 404/.test(msg.text()) && msg.location().url.endsWith('/no-such-page/');
        if (msg.type() === 'error' && !documentNotFound) problems.push(`console error: ${msg.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      await page.exposeFunction('reportPolicyViolation', (text: string) => problems.push(`CSP violation: ${text}`));
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) =>
          (window as unknown as { reportPolicyViolation: (t: string) => void }).reportPolicyViolation(
            `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`,
          ),
        ),
      );
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && url.hostname !== siteHost) {
          problems.push(`request to another origin: ${request.url()}`);
        }
      });
      await use();
      expect(problems).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
