import { describe, expect, it } from 'vitest';
import { integerWords, MAX_UTTERANCE, spokenForm, utterances } from '../../src/lib/read-aloud/utterances';

describe('numbers read the way people say them', () => {
  it('reads percentages as 百分之…, decimals included', () => {
    expect(spokenForm('按多于 15% 的差额比例')).toBe('按多于百分之十五的差额比例');
    expect(spokenForm('占56.7%；')).toBe('占百分之五十六点七；');
    expect(spokenForm('一般不少于50%。')).toBe('一般不少于百分之五十。');
  });
  it('reads a count before its measure word, with 两 for a bare 2', () => {
    expect(spokenForm('公示时间为 5 个工作日。')).toBe('公示时间为五个工作日。');
    expect(spokenForm('代表名额共 2300 名')).toBe('代表名额共两千三百名');
    expect(spokenForm('不少于2名。')).toBe('不少于两名。');
    expect(spokenForm('第2名')).toBe('第二名');
    expect(spokenForm('12名')).toBe('十二名');
  });
  it('reads a year digit by digit', () => {
    expect(spokenForm('于 2022 年下半年')).toBe('于二〇二二年下半年');
  });
  it('reads a heading’s list number as 一、', () => {
    expect(spokenForm('1. 推荐提名。')).toBe('一、推荐提名。');
    expect(spokenForm('56.7%')).toBe('百分之五十六点七');
  });
  it('says large numbers with 万 and the zeros heard once', () => {
    expect(integerWords(9500)).toBe('九千五百');
    expect(integerWords(480)).toBe('四百八十');
    expect(integerWords(10050)).toBe('一万零五十');
    expect(integerWords(1005)).toBe('一千零五');
    expect(integerWords(100)).toBe('一百');
    expect(integerWords(17)).toBe('十七');
    expect(integerWords(0)).toBe('零');
    expect(spokenForm('9500多万名党员')).toBe('九千五百多万名党员');
  });
  it('reads full-width digits too', () => {
    expect(spokenForm('６９名')).toBe('六十九名');
  });
  it('leaves text without digits alone', () => {
    expect(spokenForm('坚持“四个意识”。')).toBe('坚持“四个意识”。');
  });
});

describe('a paragraph split into utterances', () => {
  it('gives one utterance per sentence, in order, each keeping its end mark', () => {
    const list = utterances('甲乙丙。丁戊？己庚！辛');
    expect(list.map((u) => u.text)).toEqual(['甲乙丙。', '丁戊？', '己庚！', '辛']);
  });
  it('keeps a closing quote with the sentence it ends', () => {
    const list = utterances('他说：“要严肃认真。”大家同意。');
    expect(list.map((u) => u.text)).toEqual(['他说：“要严肃认真。”', '大家同意。']);
  });
  it('records where each utterance stands in the paragraph', () => {
    const paragraph = '第一句。 第二句，有 15% 的差额。';
    for (const u of utterances(paragraph)) expect(paragraph.slice(u.start, u.end)).toBe(u.text);
    expect(utterances(paragraph)[1]!.spoken).toBe('第二句，有百分之十五的差额。');
  });
  it('splits a sentence too long for some engines at its pauses, losing nothing', () => {
    const long = `${'甲'.repeat(40)}；${'乙'.repeat(40)}，${'丙'.repeat(30)}。`;
    const list = utterances(long);
    expect(list.length).toBeGreaterThan(1);
    expect(list.every((u) => u.text.length <= MAX_UTTERANCE)).toBe(true);
    expect(list.map((u) => u.text).join('')).toBe(long);
  });
  it('gives nothing for an empty paragraph', () => {
    expect(utterances('   ')).toEqual([]);
  });
});
