import { describe, expect, it } from 'vitest';
import { excerpt, mergeSpans } from '../../src/lib/search/excerpt';
import { longestPieces } from '../../src/lib/search/suggest';
import { partFromPage } from '../../src/lib/search/pagefind';

const text = (segments: { text: string }[]) => segments.map((s) => s.text).join('');
const span = (of: string, what: string) => ({ start: of.indexOf(what), end: of.indexOf(what) + what.length });

describe('excerpts', () => {
  it('show a short paragraph whole, with the match marked', () => {
    const p = '实行差额考察和考察预告。';
    expect(excerpt(p, [span(p, '差额')])).toEqual([
      { text: '实行', marked: false },
      { text: '差额', marked: true },
      { text: '考察和考察预告。', marked: false },
    ]);
  });

  it('in a long paragraph start at the clause that holds the match and end where a clause ends', () => {
    const p = '代表候选人预备人选经中央审查批复后，省委召开省党代表会议，以无记名投票方式，按多于15%的差额比例，直接选举产生中央提名的代表和69名我省出席党的二十大代表。选举结束后，及时将选举结果上报党中央。';
    const shown = text(excerpt(p, [span(p, '差额比例')], { before: 20, length: 40 }));
    expect(shown).toBe('…按多于15%的差额比例，直接选举产生中央提名的代表和69名我省出席党的二十大代表。…');
  });

  it('mark every match inside the window, and show whole a match that the window would cut', () => {
    const p = '公示公示公示公示';
    const shown = excerpt(p, [0, 2, 4, 6].map((start) => ({ start, end: start + 2 })), { before: 2, length: 5 });
    expect(shown.filter((s) => s.marked).map((s) => s.text)).toEqual(['公示', '公示', '公示']);
    expect(text(shown)).toBe('公示公示公示…');
  });

  it('join overlapping matches so that no character is marked twice', () => {
    expect(mergeSpans([{ start: 4, end: 6 }, { start: 0, end: 3 }, { start: 2, end: 5 }])).toEqual([{ start: 0, end: 6 }]);
  });
});

describe('longest pieces of a query', () => {
  it('are the longest stretches that occur, without overlap, longest first', () => {
    expect(longestPieces('差额比例是多少', '按多于15%的差额比例，是\n多少人')).toEqual(['差额比例', '多少']);
  });

  it('are none when no two characters in a row occur', () => {
    expect(longestPieces('😀党x', '党章')).toEqual([]);
  });
});

describe('a part from its Pagefind record', () => {
  it('keeps the paragraphs and headings with ids, in page order, headings marked as such, and leaves out inline ids and empty elements', () => {
    const part = partFromPage({
      url: '/procedure/',
      meta: { title: '六、二十大代表的产生要经过哪些程序和环节？', order: '6' },
      anchors: [
        { element: 'p', id: 'step-1-nomination', text: '推荐提名从基层开始。', location: 87 },
        { element: 'h1', id: 'procedure', text: '六、二十大代表的产生要经过哪些程序和环节？', location: 17 },
        { element: 'b', id: 'inner', text: '基层', location: 90 },
        { element: 'aside', id: 'widget', text: '', location: 95 },
        { element: 'h2', id: 'step-1', text: '1. 推荐提名。', location: 82 },
      ],
    });
    expect(part).toEqual({
      url: '/procedure/',
      title: '六、二十大代表的产生要经过哪些程序和环节？',
      order: 6,
      paragraphs: [
        { id: 'procedure', text: '六、二十大代表的产生要经过哪些程序和环节？', heading: true },
        { id: 'step-1', text: '1. 推荐提名。', heading: true },
        { id: 'step-1-nomination', text: '推荐提名从基层开始。', heading: false },
      ],
    });
  });
});
