// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import MarginCalculator from '../../src/components/widgets/MarginCalculator';

const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const status = () => screen.getByRole('status').textContent;
const text = () => document.body.textContent ?? '';

beforeEach(() => history.replaceState(null, '', '/procedure/'));
afterEach(cleanup);

describe('the margin calculator', () => {
  it('works out 69 seats with a margin of more than 15%: 69 × 1.15 = 79.35, so at least 80', () => {
    render(<MarginCalculator />);
    type('应选人数', '69');
    type('差额比例', '15');
    expect(text()).toContain('69 ×（1 + 15%）= 69 × 1.15 = 79.35');
    expect(text()).toContain('候选人数要多于79.35；人数是整数，多于79.35的最小整数是80。');
    expect(status()).toBe('测算结果：至少需要80名候选人。');
    expect(location.search).toBe('?seats=69&margin=15&bound=more');
  });

  it('tells 多于 from 不少于 when the product is whole', () => {
    render(<MarginCalculator />);
    type('应选人数', '20');
    type('差额比例', '15');
    expect(status()).toBe('测算结果：至少需要24名候选人。');
    fireEvent.click(screen.getByRole('radio', { name: /不少于/ }));
    expect(status()).toBe('测算结果：至少需要23名候选人。');
    expect(location.search).toContain('bound=atleast');
  });

  it('measures a number of candidates the other way round: 80 for 69 is about 15.94%', () => {
    render(<MarginCalculator />);
    fireEvent.click(screen.getByRole('button', { name: /填入手册的例子/ }));
    expect(text()).toContain('（80 − 69）÷ 69 = 11 ÷ 69 ≈ 15.94%');
    expect(screen.getByText('符合')).toBeTruthy();
    expect(status()).toBe('测算结果：至少需要80名候选人；80名候选人符合要求。');
    type('候选人数', '79');
    expect(screen.getByText('不符合')).toBeTruthy();
  });

  it('restores a shared address', () => {
    history.replaceState(null, '', '/procedure/?seats=69&margin=12.5&bound=atleast');
    render(<MarginCalculator />);
    expect((screen.getByLabelText('差额比例') as HTMLInputElement).value).toBe('12.5');
    expect((screen.getByRole('radio', { name: /不少于/ }) as HTMLInputElement).checked).toBe(true);
    expect(text()).toContain('69 × 1.125 = 77.625');
  });

  it('flags an unknown 多于/不少于 word in the address, with no result until the reader chooses', () => {
    history.replaceState(null, '', '/procedure/?seats=69&margin=15&bound=more-or-less');
    render(<MarginCalculator />);
    expect(screen.getByText('差额比例的要求只能是“多于”或“不少于”。')).toBeTruthy();
    expect(status()).toBe('请先改正上面标出的内容，改正后显示测算结果。');
    fireEvent.click(screen.getByRole('radio', { name: /^多于/ }));
    expect(screen.queryByText('差额比例的要求只能是“多于”或“不少于”。')).toBeNull();
    expect(status()).toBe('测算结果：至少需要80名候选人。');
  });
});
