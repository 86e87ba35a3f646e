import { describe, expect, it } from 'vitest';
import { heldMessage, precacheKey, precacheName, readyMessage, savedAt } from '../../src/lib/offline-copy';

describe('the offline copy', () => {
  it('is dated in the reader\'s clock, in Chinese', () => {
    const local = new Date(2026, 11, 1, 21, 3).toISOString();
    expect(savedAt(local)).toBe('2026年12月1日 21:03');
    expect(readyMessage(local)).toContain('2026年12月1日 21:03');
    expect(heldMessage(local)).toContain('2026年12月1日 21:03');
  });

  it('says nothing about a copy it has no good record of', () => {
    expect(savedAt('yesterday')).toBeUndefined();
    expect(heldMessage(null)).toBeUndefined();
    expect(heldMessage('garbage')).toBeUndefined();
  });
});

describe('the worker\'s precache', () => {
  it('is filed under the names Workbox uses, so that a refilled cache serves as the installed one did', () => {
    expect(precacheName('https://example.org/handbook/')).toBe('workbox-precache-v2-https://example.org/handbook/');
    expect(precacheKey({ url: '/procedure/index.html', revision: 'abc' }, 'https://example.org')).toBe('https://example.org/procedure/index.html?__WB_REVISION__=abc');
    expect(precacheKey({ url: '/_astro/a.js', revision: null }, 'https://example.org')).toBe('https://example.org/_astro/a.js');
  });
});
