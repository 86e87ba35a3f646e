import { describe, expect, it } from 'vitest';
import { findMatches, prepareHandbook } from '../../src/lib/search/match';
import { searchHandbook } from '../../src/lib/search/outcome';
import { exampleQueries, highlightMessage, summary } from '../../src/lib/search/messages';
import { parseQuery } from '../../src/lib/search/query';
import { countsByPart, handbook } from '../helpers/search';

const marked = (segments: { text: string; marked: boolean }[]) => segments.filter((s) => s.marked).map((s) => s.text);

describe('exact search over the handbook', () => {
  // The measurements: Pagefind alone returned extra parts for 中组部 and put the wrong part first for the others.
  it.each(['中组部', '推荐单位', '纪检监察机关', '党章', '差额', '5个工作日', '二十大代表'])(
    '%s finds exactly the parts that contain it, the part with the most occurrences first',
    (phrase) => {
      const truth = countsByPart(phrase);
      const found = findMatches(handbook, parseQuery(phrase));
      expect(new Set(found.parts.map((p) => p.url))).toEqual(new Set(truth.keys()));
      expect(found.parts.map((p) => p.count)).toEqual(found.parts.map((p) => truth.get(p.url)));
      expect(found.parts[0]!.count).toBe(Math.max(...truth.values()));
    },
  );

  it('links every occurrence through the paragraph that holds it, with the words to highlight', () => {
    const found = findMatches(handbook, parseQuery('公示'));
    const procedure = found.parts.find((p) => p.url === '/procedure/')!;
    expect(procedure.paragraphs.map((p) => p.href)).toContain(`/procedure/?hl=${encodeURIComponent('公示')}#step-3-preliminary`);
    expect(procedure.href).toBe(`/procedure/?hl=${encodeURIComponent('公示')}`);
    for (const part of found.parts) expect(part.paragraphs.reduce((n, p) => n + p.count, 0)).toBe(part.count);
  });

  it('marks exactly the words searched for, as the handbook prints them', () => {
    const found = findMatches(handbook, parseQuery('５个工作日'));
    expect(found.parts.map((p) => p.url)).toEqual(['/procedure/']);
    expect(marked(found.parts[0]!.paragraphs[0]!.excerpt)).toEqual(['5个工作日']);
  });

  it('ignores spaces typed inside the handbook’s own spacing, such as a numbered heading', () => {
    expect(findMatches(handbook, parseQuery('1.推荐提名')).parts.map((p) => p.url)).toEqual(['/procedure/']);
  });

  it('with several words finds the parts that contain all of them and marks each', () => {
    const found = findMatches(handbook, parseQuery('四必 纪检监察机关'));
    const truth = [...countsByPart('四必').keys()].filter((url) => countsByPart('纪检监察机关').has(url));
    expect(found.parts.map((p) => p.url)).toEqual(truth);
    const words = new Set(found.parts.flatMap((p) => p.paragraphs.flatMap((q) => marked(q.excerpt))));
    expect(words).toEqual(new Set(['四必', '纪检监察机关']));
  });

  it('keeps reading order between parts with equal counts', () => {
    const parts = ['甲', '乙', '丙'].map((title, order) => ({
      url: `/${order}/`,
      title,
      order,
      paragraphs: [{ id: `p${order}`, text: order === 1 ? '选举选举' : '选举' }],
    }));
    const found = findMatches(prepareHandbook([...parts].reverse()), parseQuery('选举'));
    expect(found.parts.map((p) => p.title)).toEqual(['乙', '甲', '丙']);
  });
});

describe('when nothing matches exactly', () => {
  it('says so, then offers the longest pieces of a question that the handbook contains', () => {
    const outcome = searchHandbook(handbook, '差额比例是多少');
    expect(outcome.parts).toEqual([]);
    expect(outcome.suggestions[0]).toMatchObject({ text: '差额比例' });
    expect(summary(outcome)).toBe('手册中没有“差额比例是多少”。最接近的是下面这些词：');
  });

  it('reads Chinese numerals and digits alike, and offers the handbook’s own wording', () => {
    const outcome = searchHandbook(handbook, '五个工作日');
    expect(outcome.parts).toEqual([]);
    expect(outcome.suggestions[0]).toEqual({ text: '5个工作日', parts: 1, count: 1 });
  });

  it('tells words that occur apart from words that do not occur at all', () => {
    const apart = searchHandbook(handbook, '四必 代表名额');
    expect(apart.parts).toEqual([]);
    expect(summary(apart)).toContain('没有哪个部分同时含有“四必”和“代表名额”');
    expect(apart.suggestions.map((s) => s.text)).toEqual(['代表名额', '四必']);
  });

  it.each(['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '.*+?^${}()|[]\\', '😀😀', 'abc', 'Ω≈ç√∫'])(
    'answers %s plainly, without error',
    (input) => {
      const outcome = searchHandbook(handbook, input);
      expect(outcome.parts).toEqual([]);
      expect(summary(outcome)).toMatch(/^手册中没有“.+”。/);
    },
  );

  it('asks for a word when the input is empty or spaces only, and cuts a 1,000-character input', () => {
    expect(summary(searchHandbook(handbook, '   '))).toBe('输入要找的字词，例如：');
    const long = searchHandbook(handbook, '差额'.repeat(500));
    expect(summary(long)).toMatch(/^搜索词太长，只按前 64 个字搜索。/);
  });

  it('offers example searches that all find something', () => {
    for (const example of exampleQueries) expect(searchHandbook(handbook, example).count).toBeGreaterThan(0);
  });
});

describe('what the search says', () => {
  it('names each word in quotes, joined as Chinese lists them', () => {
    expect(summary(searchHandbook(handbook, '四必 纪检监察机关'))).toBe('找到同时含有“四必”和“纪检监察机关”的 1 个部分、2 段，共 3 处。');
    expect(highlightMessage(parseQuery('代表 结构 比例'), 12)).toBe('本页已标出“代表”、“结构”和“比例”，共 12 处');
  });
});
