import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/lib/text';
import { foldNumerals, numeralValue } from '../../src/lib/search/numerals';
import { maxQueryLength, parseQuery, queryText, trimPunctuation } from '../../src/lib/search/query';

describe('folding text for search', () => {
  it('drops whitespace and zero-width spaces, and makes full-width digits and letters half-width and lower case', () => {
    expect(foldText(' ５ 个　工作\u200B日ＡＢｃ\n').text).toBe('5个工作日abc');
  });

  it('keeps, for each folded character, the place in the original it came from', () => {
    const folded = foldText('公示 时间为５个');
    expect(folded.text).toBe('公示时间为5个');
    const at = folded.text.indexOf('时间');
    expect('公示 时间为５个'.slice(folded.start[at], folded.end[at + 1])).toBe('时间');
    const five = folded.text.indexOf('5');
    expect('公示 时间为５个'.slice(folded.start[five], folded.end[five])).toBe('５');
  });
});

describe('Chinese numerals read as digits', () => {
  it.each([
    ['五', '5'],
    ['十', '10'],
    ['十五', '15'],
    ['六十九', '69'],
    ['九十', '90'],
    ['二千三百', '2300'],
    ['一百零五', '105'],
    ['二〇二二', '2022'],
  ])('%s is %s', (run, digits) => {
    expect(numeralValue(run)).toBe(digits);
  });

  it('rewrite the numbers in a phrase, percentages included, and leave the rest alone', () => {
    expect(foldNumerals(foldText('五个工作日')).text).toBe('5个工作日');
    expect(foldNumerals(foldText('多于百分之十五的差额比例')).text).toBe('多于15%的差额比例');
    expect(foldNumerals(foldText('5个工作日')).text).toBe('5个工作日');
  });

  it('map every digit written back to the whole numeral in the original', () => {
    const folded = foldNumerals(foldText('代表六十九名'));
    expect(folded.text).toBe('代表69名');
    expect('代表六十九名'.slice(folded.start[2], folded.end[3])).toBe('六十九');
  });
});

describe('reading a query', () => {
  it('splits words at spaces, half-width or full-width, and drops a word typed twice', () => {
    const query = parseQuery('  差额　比例 差额 ');
    expect(query.words).toEqual(['差额', '比例']);
    expect(queryText(query)).toBe('差额 比例');
  });

  it('folds each word for matching but keeps it as typed for display', () => {
    expect(parseQuery('５个工作日')).toMatchObject({ words: ['５个工作日'], folded: ['5个工作日'], truncated: false });
  });

  it('has no words for an empty input, spaces only, or zero-width characters only', () => {
    for (const input of ['', '   ', '\u3000\t\n', '\u200B\uFEFF']) expect(parseQuery(input).words).toEqual([]);
  });

  it('cuts a very long input to its first characters and says so', () => {
    const query = parseQuery('党'.repeat(1000));
    expect(query.truncated).toBe(true);
    expect(query.words).toEqual(['党'.repeat(maxQueryLength)]);
  });

  it('takes markup, regular-expression characters and emoji as plain text', () => {
    expect(parseQuery('<script>alert(1)</script>').words).toEqual(['<script>alert(1)</script>']);
    expect(parseQuery('.*+?^${}()|[]\\').folded).toEqual(['.*+?^${}()|[]\\']);
    expect(parseQuery('😀党章').folded).toEqual(['😀党章']);
  });
});

describe('reading hostile or careless input', () => {
  it('drops lone surrogates, so that the query can go into an address', () => {
    for (const input of ['差\uD800额', '\uDC00差额', '差额\uD83D']) {
      const query = parseQuery(input);
      expect(query).toMatchObject({ words: ['差额'], cleaned: true });
      expect(() => encodeURIComponent(queryText(query))).not.toThrow();
    }
  });

  it.each(['\u00AD', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2060', '\u2066', '\u2067', '\u2068', '\u2069', '\u061C', '\uFEFF', '\uFE0F', '\u180E', '\u034F', '\uFFFD'])(
    'drops U+%s typed inside a word',
    (char) => {
      expect(parseQuery(`差${char}额`)).toMatchObject({ words: ['差额'], folded: ['差额'], cleaned: true });
    },
  );

  it('leaves a clean query as it is', () => {
    expect(parseQuery('差额 比例').cleaned).toBe(false);
  });

  it('takes off the punctuation typed around a word, but not inside it, and keeps a word that is only punctuation', () => {
    const trim = (input: string) => trimPunctuation(parseQuery(input), () => false);
    expect(trim('顶帽子！')).toMatchObject({ words: ['顶帽子'], folded: ['顶帽子'] });
    expect(trim('“四必”？ 公示?').words).toEqual(['四必', '公示']);
    expect(trim('1.推荐提名').words).toEqual(['1.推荐提名']);
    expect(trim('？').words).toEqual(['？']);
    expect(trim('公示！ 公示').words).toEqual(['公示']);
  });

  it('keeps the punctuation of a phrase the handbook prints with it', () => {
    expect(trimPunctuation(parseQuery('要求？'), (word) => word === '要求?').words).toEqual(['要求？']);
  });
});
