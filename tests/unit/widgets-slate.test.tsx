// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import SlateChecker from '../../src/components/widgets/SlateChecker';

const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const status = () => screen.getByRole('status').textContent;
const rule = (quote: string) => screen.getByRole('link', { name: `“${quote}”` }).closest('li')!;

beforeEach(() => history.replaceState(null, '', '/quotas/'));
afterEach(cleanup);

describe('the slate checker', () => {
  it('judges 46 of 69 leading cadres and 23 of 69 front-line members as meeting the rules exactly at the boundary', () => {
    render(<SlateChecker />);
    type('名单总人数', '69');
    type('党员领导干部人数', '46');
    type('生产和工作第一线党员人数', '23');
    expect(within(rule('党员领导干部所占比例一般不超过三分之二')).getByText('符合')).toBeTruthy();
    expect(rule('党员领导干部所占比例一般不超过三分之二').textContent).toContain('恰好是三分之二');
    expect(within(rule('生产和工作第一线的党员所占比例一般不少于三分之一')).getByText('符合')).toBeTruthy();
    expect(status()).toBe('测算结果：共5项：符合2项，不符合0项，无法判断3项。');
  });

  it('marks a rule that is not met, and one it cannot judge, in words as well as by icon', () => {
    render(<SlateChecker />);
    type('名单总人数', '69');
    type('党员领导干部人数', '47');
    expect(within(rule('党员领导干部所占比例一般不超过三分之二')).getByText('不符合')).toBeTruthy();
    expect(within(rule('少数民族代表应有一定数量')).getByText('无法判断')).toBeTruthy();
  });

  it('links each rule to the paragraph that states it', () => {
    render(<SlateChecker />);
    type('名单总人数', '90');
    expect(screen.getByRole('link', { name: '“55岁以下党员不少于45名”' }).getAttribute('href')).toBe('#candidate-quota');
    expect(screen.getByRole('link', { name: '“党员领导干部所占比例一般不超过三分之二”' }).getAttribute('href')).toBe('#quota-and-structure');
  });

  it('refuses a part larger than the whole', () => {
    render(<SlateChecker />);
    type('名单总人数', '69');
    type('女党员人数', '70');
    expect(screen.getByText('女党员人数不能多于名单总人数。')).toBeTruthy();
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  });

  it('loads the handbook’s 90-candidate list from a preset and keeps it in the address', () => {
    render(<SlateChecker />);
    fireEvent.click(screen.getByRole('button', { name: '手册中的90名代表候选人推荐人选' }));
    expect((screen.getByLabelText('党员领导干部人数') as HTMLInputElement).value).toBe('51');
    expect(screen.getByRole('button', { name: '手册中的90名代表候选人推荐人选' }).getAttribute('aria-pressed')).toBe('true');
    expect(location.search).toBe('?size=90&leaders=51&frontline=39&women=27&under55=45&minority=2');
    expect(status()).toBe('测算结果：共8项：符合6项，不符合0项，无法判断2项。');
  });

  it('restores a shared address, showing the message for a bad value it carries', () => {
    history.replaceState(null, '', '/quotas/?size=69&leaders=46&frontline=x');
    render(<SlateChecker />);
    expect((screen.getByLabelText('党员领导干部人数') as HTMLInputElement).value).toBe('46');
    expect(screen.getByText('生产和工作第一线党员人数只能填写数字。')).toBeTruthy();
  });

  it('opens blank, without messages, on an address with no form in it', () => {
    render(<SlateChecker />);
    expect(screen.queryByText(/请填写/)).toBeNull();
    expect(status()).toBe('填写名单总人数和各类人数后，这里显示测算结果。');
  });
});
