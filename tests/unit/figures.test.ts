import { describe, expect, it } from 'vitest';
import { amount, figures, share } from '../../src/lib/figures';
import { blockText, expectQuoted } from '../helpers/citations';

describe('every figure is stated by the paragraph it cites', () => {
  for (const [key, f] of Object.entries(figures)) {
    it(`${key}: ${f.qualifier ?? ''}${f.value}${f.unit} in #${f.anchor}`, () => {
      expectQuoted(f);
      expect(f.quote).toContain(`${f.qualifier ?? ''}${f.value}${f.unit === '名' || f.unit === '个' ? '' : f.unit}`);
    });
  }
});

describe('shares are computed from counts the way the handbook prints them', () => {
  it('51 leading cadres of 90 candidates come out as the handbook’s 56.7%', () => {
    expect(share(figures.leadingCadres.value, figures.candidates.value)).toBe('56.7');
    expect(blockText('candidate-quota')).toContain(`${figures.leadingCadres.quote}，占${share(51, 90)}%`);
  });

  it('39 front-line members of 90 candidates come out as the handbook’s 43.3%', () => {
    expect(share(figures.frontlineMembers.value, figures.candidates.value)).toBe('43.3');
    expect(blockText('candidate-quota')).toContain(`${figures.frontlineMembers.quote}，占${share(39, 90)}%`);
  });

  it('a share that is a whole percent is printed without decimals', () => {
    expect(share(45, 90)).toBe('50');
  });
});

describe('a figure in words', () => {
  it('carries its bound and unit as the handbook says it', () => {
    expect(amount(figures.preliminaryMin)).toBe('不少于80名');
    expect(amount(figures.prepared)).toBe('80名');
    expect(amount(figures.publicityDays)).toBe('5个工作日');
  });
});
