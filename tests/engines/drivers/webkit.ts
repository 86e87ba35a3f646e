import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { Builder, By, Key, type WebDriver } from 'selenium-webdriver';
import { viewport, type Engine, type EnginePage } from './types';

const miniBrowser = process.env['MINIBROWSER_PATH'] ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const webDriver = '/usr/bin/WebKitWebDriver';
// One driver per session, each on a port of its own (from E2E_PORT + 3).
let sessions = 0;
const nextPort = () => Number(process.env['E2E_PORT'] ?? 4322) + 3 + (sessions++ % 5);

/**
 * WebKitGTK, the engine of Safari and of every iOS browser and WebView (WeChat on iOS included), through
 * WebKitWebDriver and WebDriver classic. MiniBrowser needs a display: without one, the driver runs under xvfb-run.
 * Its system scheme cannot be set from here, so the dark journeys use the reader's 深色 setting only.
 */
export const webkit: Engine = {
  name: 'webkitgtk',
  emulatesSystemScheme: false,
  runsBeforeScripts: false,
  missing: () =>
    [miniBrowser, webDriver].find((path) => !existsSync(path))?.replace(/^/, 'missing ') ??
    (process.env['DISPLAY'] || existsSync('/usr/bin/xvfb-run') ? undefined : 'no display and no xvfb-run'),
  async open({ baseURL }) {
    const driverPort = nextPort();
    const server = await startDriver(driverPort);
    let driver: WebDriver;
    try {
      driver = await new Builder()
        .usingServer(`http://127.0.0.1:${driverPort}`)
        .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] } })
        .build();
    } catch (error) {
      stop(server);
      throw error;
    }
    await fitViewport(driver);
    return seleniumPage(driver, baseURL, () => stop(server));
  },
};

async function startDriver(driverPort: number): Promise<ChildProcess> {
  const command = process.env['DISPLAY'] ? [webDriver] : ['xvfb-run', '-a', '-s', '-screen 0 1280x1024x24', webDriver];
  const child = spawn(command[0]!, [...command.slice(1), `--port=${driverPort}`], { stdio: 'ignore', detached: true });
  for (let tries = 0; tries < 100; tries++) {
    const up = await fetch(`http://127.0.0.1:${driverPort}/status`).then((r) => r.ok, () => false);
    if (up) return child;
    await new Promise((r) => setTimeout(r, 100));
  }
  stop(child);
  throw new Error(`WebKitWebDriver did not start on port ${driverPort}`);
}

function stop(child: ChildProcess) {
  // The whole group: xvfb-run, Xvfb, the driver and its MiniBrowser.
  try {
    process.kill(-child.pid!, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

/** Sizes the window so that the page itself, not the window, is 390 CSS px wide. */
async function fitViewport(driver: WebDriver) {
  await driver.manage().window().setRect({ width: viewport.width, height: viewport.height });
  const inner = (await driver.executeScript('return [innerWidth, innerHeight]')) as [number, number];
  await driver.manage().window().setRect({
    width: 2 * viewport.width - inner[0],
    height: 2 * viewport.height - inner[1],
  });
}

const keys = { Enter: Key.ENTER, ArrowRight: Key.ARROW_RIGHT, Space: Key.SPACE, Tab: Key.TAB } as const;

// WebDriver classic has no event for page errors: a listener is added after each load, so an error thrown while
// the page loads shows up as the journey's next step failing rather than in this list.
const listen = () => {
  const w = window as unknown as { engineErrors?: string[] };
  if (w.engineErrors) return;
  w.engineErrors = [];
  addEventListener('error', (event) => w.engineErrors!.push(event.message));
  addEventListener('unhandledrejection', (event) => w.engineErrors!.push(String(event.reason)));
};

function seleniumPage(driver: WebDriver, baseURL: string, stopDriver: () => void): EnginePage {
  const errors: string[] = [];
  // Moves the page's errors into `errors`, leaving the (still listening) page's list empty.
  const collect = async () => {
    errors.push(...((await driver.executeScript('return (window.engineErrors || []).splice(0)')) as string[]));
  };
  const loaded = () => driver.executeScript(`(${listen.toString()})()`);
  // Scrolled at once: the site scrolls smoothly, and WebKitWebDriver refuses an element still on its way.
  const inView = async (selector: string) => {
    const element = await driver.findElement(By.css(selector));
    await driver.executeScript('arguments[0].scrollIntoView({ block: "center", behavior: "instant" })', element);
    return element;
  };
  return {
    goto: async (path, before) => {
      if (before) throw new Error('WebDriver classic cannot run a script before the page’s own');
      await collect().catch(() => undefined);
      await driver.get(new URL(path, baseURL).href);
      await loaded();
    },
    reload: async () => {
      await collect();
      await driver.navigate().refresh();
      await loaded();
    },
    evaluate: async (fn, ...args) =>
      (await driver.executeScript(`return (${fn.toString()}).apply(null, arguments)`, ...args)) as never,
    click: async (selector) => (await inView(selector)).click(),
    fill: async (selector, text) => {
      const field = await inView(selector);
      await field.clear();
      if (text !== '') await field.sendKeys(text);
    },
    press: (key) => driver.actions().sendKeys(keys[key]).perform(),
    screenshot: async (file) => writeFileSync(file, await driver.takeScreenshot(), 'base64'),
    errors: async () => {
      await collect();
      return [...errors];
    },
    close: async () => {
      await driver.quit().catch(() => undefined);
      stopDriver();
    },
  };
}
