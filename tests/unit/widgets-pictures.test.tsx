// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import QuotaOverview from '../../src/components/widgets/QuotaOverview';
import RecommendationUnits from '../../src/components/widgets/RecommendationUnits';

afterEach(cleanup);

describe('the quota overview', () => {
  it('says every figure in words, the shares computed from the counts', () => {
    render(<QuotaOverview />);
    const text = document.body.textContent ?? '';
    for (const words of [
      '分配我省的代表名额 69名，占2300名的3%',
      '其中各级党员领导干部 51名，约占90名的56.7%',
      '其中生产和工作第一线的党员 39名，约占90名的43.3%',
      '55岁以下党员 不少于45名，占90名的50%',
      '女党员 不少于27名，占90名的30%',
      '少数民族党员 不少于2名，约占90名的2.2%',
    ]) {
      expect(text).toContain(words);
    }
  });

  it('draws the 90 candidates as 51 filled and 39 outlined squares, hidden from screen readers', () => {
    const { container } = render(<QuotaOverview />);
    const squares = container.querySelector('svg.picture:not(.picture--bar)')!;
    expect(squares.getAttribute('aria-hidden')).toBe('true');
    expect(squares.querySelectorAll('g.tone-solid rect')).toHaveLength(51);
    expect(squares.querySelectorAll('g.tone-hollow rect')).toHaveLength(39);
  });

  it('on keyboard focus of a legend entry highlights its part and shows the sum and the handbook’s words', () => {
    const { container } = render(<QuotaOverview />);
    const entry = screen.getByRole('button', { name: /其中生产和工作第一线的党员/ });
    fireEvent.focus(entry);
    expect(entry.getAttribute('aria-pressed')).toBe('true');
    expect(container.querySelector('g.tone-hollow')!.getAttribute('class')).toContain('is-active');
    expect(container.querySelector('g.tone-solid')!.getAttribute('class')).toContain('is-dimmed');
    expect(screen.getByText('39 ÷ 90 ≈ 43.3%')).toBeTruthy();
    expect(screen.getByRole('link', { name: '“生产和工作第一线的党员为39名”' }).getAttribute('href')).toBe('#candidate-quota');
  });

  it('on hover over a part of the picture shows its details', () => {
    const { container } = render(<QuotaOverview />);
    fireEvent.mouseEnter(container.querySelector('g.tone-solid')!);
    expect(screen.getByText('51 ÷ 90 ≈ 56.7%')).toBeTruthy();
  });
});

describe('the recommendation units', () => {
  it('shows 17 squares, 13 for the cities and one for each named unit, with the handbook’s names only', () => {
    const { container } = render(<RecommendationUnits />);
    expect(container.querySelectorAll('g.tone-solid rect')).toHaveLength(13);
    expect(container.querySelectorAll('g.tone-hollow rect')).toHaveLength(4);
    const rows = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(rows.slice(0, 4)).toEqual(['设区市 13个', '省级机关 1个', '在宁高校 1个', '省属企业 1个']);
    expect(rows[4]).toContain('省直属单位 1个：指党组织关系在省委组织部');
  });
});
