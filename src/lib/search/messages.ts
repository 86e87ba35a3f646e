/** What the search says to the reader, in words a screen reader announces as they stand. */
import { maxQueryLength, type Query } from './query';
import type { SearchOutcome } from './outcome';

/** Searches offered on an empty search: rules readers look up often, each in the handbook's own words. */
export const exampleQueries = ['差额比例', '公示时间', '四必', '5个工作日'] as const;

/** “甲”、“乙”和“丙” */
function quoted(words: readonly string[]): string {
  const q = words.map((w) => `“${w}”`);
  return q.length > 1 ? `${q.slice(0, -1).join('、')}和${q.at(-1)}` : (q[0] ?? '');
}

/** One sentence on what was found, or plainly that nothing was, for the status line and its live region. */
export function summary(outcome: SearchOutcome): string {
  const { query, parts, paragraphCount, count, absent, suggestions } = outcome;
  const notice =
    (query.cleaned ? '已略去搜索词中看不见或无法显示的字符。' : '') + (query.truncated ? `搜索词太长，只按前 ${maxQueryLength} 个字搜索。` : '');
  if (query.words.length === 0) return `${notice}输入要找的字词，例如：`;
  const words = quoted(query.words);
  if (parts.length > 0) {
    const which = query.words.length > 1 ? `同时含有${words}的` : `含有${words}的`;
    return `${notice}找到${which} ${parts.length} 个部分、${paragraphCount} 段，共 ${count} 处。`;
  }
  const none = absent.length > 0 ? `手册中没有${quoted(absent)}。` : `手册中没有哪个部分同时含有${words}。`;
  const nearest = outcome.nearest.paragraphs.length;
  const next =
    nearest > 0
      ? `下面是与它共有字词最多的 ${nearest} 段：`
      : suggestions.length > 0
        ? '最接近的是下面这些词：'
        : '请换一个短一些的词再试，例如：';
  return `${notice}${none}${next}`;
}

/** The headings over the two kinds of result, so that no one takes a near match for the words searched. */
export const resultKinds = { exact: '完全匹配', nearest: '最接近的段落', answer: '手册原文', suggestions: '也可以搜这些词：' } as const;

/** What a part page says after marking the searched words on arrival from a result. */
export const highlightMessage = (query: Query, count: number): string => `本页已标出${quoted(query.words)}，共 ${count} 处`;
