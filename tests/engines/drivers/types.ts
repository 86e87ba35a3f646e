/** What a journey needs from a browser, whichever protocol drives it (CDP, WebDriver BiDi, WebDriver classic). */
export interface EnginePage {
  /**
   * Loads an address on the test server and waits for the load event. `before` is script source to run in the
   * page before its own scripts (only where the engine's `runsBeforeScripts`), e.g. to take a feature away.
   */
  goto(path: string, before?: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs `fn` in the page with JSON-able arguments and returns its (awaited, JSON-able) result. */
  evaluate<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T>;
  /** A real pointer click on the element matching a CSS selector (scrolled into view first). */
  click(selector: string): Promise<void>;
  /** Replaces a field's value by typing on the keyboard. */
  fill(selector: string, text: string): Promise<void>;
  /** One key press on whatever has focus. */
  press(key: Key): Promise<void>;
  screenshot(file: string): Promise<void>;
  /** Prints the page to an A4 PDF, as the browser's print dialog would (Chromium only). */
  pdf?(file: string): Promise<void>;
  /** Uncaught errors and unhandled rejections the page reported so far. */
  errors(): Promise<string[]>;
  close(): Promise<void>;
}

export type Key = 'Enter' | 'ArrowRight' | 'Space' | 'Tab';

export interface EngineOptions {
  /** The system colour scheme the browser reports to the page. */
  systemScheme: 'light' | 'dark';
  baseURL: string;
}

export interface Engine {
  /** As the report and the screenshots name it, e.g. "chromium-109". */
  name: string;
  /** Why it cannot run on this machine, or undefined when it can. */
  missing(): string | undefined;
  /** Whether the driver can report a dark system scheme (WebKitGTK's MiniBrowser cannot be told). */
  emulatesSystemScheme: boolean;
  /** Whether the driver can run a script before the page's own (WebDriver classic cannot). */
  runsBeforeScripts: boolean;
  open(options: EngineOptions): Promise<EnginePage>;
}

/** The phone the journeys run on: 390 CSS px wide. */
export const viewport = { width: 390, height: 844 };
