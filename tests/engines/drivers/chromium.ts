import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import puppeteer19 from 'puppeteer-core-19';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium';
import { puppeteerPage, puppeteerViewport } from './puppeteer';
import type { Engine } from './types';

const require = createRequire(import.meta.url);
// As root, Chromium needs these; --single-process keeps Chromium 109 from forking helpers it cannot start here.
const rootArgs = [...chromiumArgs, '--no-zygote', '--single-process'];

/** Today's Chromium (Debian's): the reference the other engines' colours are compared with. */
export const currentChromium: Engine = {
  name: 'chromium-current',
  emulatesSystemScheme: true,
  runsBeforeScripts: true,
  missing: () => (chromiumPath && existsSync(chromiumPath) ? undefined : 'no Chromium: set CHROMIUM_PATH'),
  async open({ systemScheme, baseURL }) {
    const browser = await puppeteer.launch({
      executablePath: chromiumPath!,
      headless: true,
      args: chromiumArgs,
      defaultViewport: puppeteerViewport,
    });
    const page = await browser.newPage();
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: systemScheme }]);
    return puppeteerPage(browser, page, baseURL);
  },
};

/**
 * Chromium 109, the last for Windows 7 and the kernel of many domestic browsers and WebViews: the binary that
 * @sparticuz/chromium@109.0.6 ships, unpacked into node_modules/.cache (the package's own helper unpacks every
 * version to one shared /tmp/chromium, which may hold another version).
 */
export const chromium109: Engine = {
  name: 'chromium-109',
  emulatesSystemScheme: true,
  runsBeforeScripts: true,
  missing: () => {
    const version = JSON.parse(readFileSync(require.resolve('@sparticuz/chromium/package.json'), 'utf8')).version;
    return version.startsWith('109.') ? undefined : `@sparticuz/chromium is ${version}, not 109`;
  },
  async open({ systemScheme, baseURL }) {
    const browser = await puppeteer19.launch({
      executablePath: unpackChromium109(),
      headless: true,
      args: rootArgs,
      defaultViewport: puppeteerViewport,
    });
    // --single-process allows one page: use the one the browser opened with.
    const [page] = await browser.pages();
    await page!.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: systemScheme }]);
    return puppeteerPage(browser, page, baseURL);
  },
};

function unpackChromium109(): string {
  const packed = join(dirname(require.resolve('@sparticuz/chromium/package.json')), 'bin', 'chromium.br');
  const binary = join(process.cwd(), 'node_modules', '.cache', 'chromium-109', 'chromium');
  if (!existsSync(binary)) {
    mkdirSync(dirname(binary), { recursive: true });
    writeFileSync(binary, brotliDecompressSync(readFileSync(packed)), { mode: 0o755 });
  }
  return binary;
}
