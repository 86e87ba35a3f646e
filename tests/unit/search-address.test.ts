import { describe, expect, it } from 'vitest';
import { historyStep, searchHref } from '../../src/lib/search/address';

describe('the search page address', () => {
  it('carries the query, encoded, and is the bare page for an empty one', () => {
    expect(searchHref('/search/', '差额 比例')).toBe('/search/?q=%E5%B7%AE%E9%A2%9D%20%E6%AF%94%E4%BE%8B');
    expect(new URL(searchHref('/search/', 'a&b=<c>#d'), 'http://x').searchParams.get('q')).toBe('a&b=<c>#d');
    expect(searchHref('/search/', '')).toBe('/search/');
  });
});

describe('history while searching', () => {
  it('gives a new entry to a new query after a settled search, so Back returns to that search', () => {
    expect(historyStep(true, '差额', '公')).toBe('push');
  });

  it('replaces the entry while the reader is still typing', () => {
    expect(historyStep(false, '公', '公示')).toBe('replace');
  });

  it('replaces an empty search rather than keeping it as a step to go back to', () => {
    expect(historyStep(true, '', '差额')).toBe('replace');
  });

  it('leaves history alone when the query has not changed', () => {
    expect(historyStep(true, '差额', '差额')).toBe('none');
  });
});
