// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { failureMessage, loadGuardScript, reloadLabel } from '../../src/lib/load-guard';

describe('the messages', () => {
  it('say what happened and what to do, differently for each cause', () => {
    const all = (['updated', 'offline', 'failed'] as const).flatMap((f) => (['island', 'page'] as const).map((p) => failureMessage(f, p)));
    expect(new Set(all).size).toBe(6);
    expect(failureMessage('updated', 'island')).toContain('新版本');
    expect(failureMessage('offline', 'page')).toContain('网络');
    for (const m of all) expect(m).toMatch(/重新载入/);
  });
});

describe('the guard on a page', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    vi.unstubAllGlobals();
  });

  /** Runs the inline script as the page does, with `fetch` answering the guard's second look at the file. */
  const start = (fetchResult: () => Promise<{ status: number }>) => {
    vi.stubGlobal('fetch', vi.fn(fetchResult));
    document.body.innerHTML = '<main><h1>第六部分</h1></main>';
    new Function(loadGuardScript)();
  };

  const failScript = () => {
    const script = document.createElement('script');
    script.type = 'text/plain'; // not fetched: the test fails it itself
    script.src = '/_astro/Base.js';
    document.head.append(script);
    script.dispatchEvent(new Event('error'));
  };

  it('a page script that is gone (404) asks for a reload because a new version is out', async () => {
    start(() => Promise.resolve({ status: 404 }));
    failScript();
    await vi.waitFor(() => expect(document.querySelector('main [role="alert"]')?.textContent).toContain(failureMessage('updated', 'page')));
    expect(document.querySelector('main [role="alert"] button')?.textContent).toBe(reloadLabel);
  });

  it('a page script that cannot be fetched blames the network, once however many fail', async () => {
    start(() => Promise.reject(new TypeError('Failed to fetch')));
    failScript();
    failScript();
    await vi.waitFor(() => expect(document.querySelector('[role="alert"]')?.textContent).toContain(failureMessage('offline', 'page')));
    expect(document.querySelectorAll('[role="alert"]')).toHaveLength(1);
  });
});
