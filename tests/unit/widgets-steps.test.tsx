// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import StepPanel from '../../src/components/widgets/StepPanel';
import StepTabs from '../../src/components/widgets/StepTabs';
import { procedureSteps } from '../../src/lib/widgets/procedure';

const flow = [
  { step: 1, amount: '90名', label: '代表候选人初步人选考察对象' },
  { step: 5, amount: '69名', label: '选举产生的我省出席党的二十大代表' },
];

// The stepper as the page has it: the panels rendered as its children.
const renderSteps = () =>
  render(
    <StepTabs titles={procedureSteps.map((s) => s.title)} flow={flow}>
      {procedureSteps.map((step) => (
        <StepPanel key={step.number} step={step} />
      ))}
    </StepTabs>,
  );
const selected = () => screen.getByRole('tab', { selected: true }).textContent;
const shownPanels = () => [...document.querySelectorAll<HTMLElement>('[role=tabpanel]')].filter((p) => !p.hidden).map((p) => p.id);

afterEach(cleanup);

describe('the procedure stepper', () => {
  it('starts on step 1, showing its panel only', () => {
    renderSteps();
    expect(selected()).toBe('1推荐提名');
    expect(shownPanels()).toEqual(['procedure-step-1']);
  });

  it('moves with the arrow keys, wrapping round, and Home and End', () => {
    renderSteps();
    const tab = () => screen.getByRole('tab', { selected: true });
    fireEvent.keyDown(tab(), { key: 'ArrowRight' });
    expect(selected()).toBe('2组织考察');
    expect(document.activeElement).toBe(tab());
    expect(shownPanels()).toEqual(['procedure-step-2']);
    fireEvent.keyDown(tab(), { key: 'End' });
    expect(selected()).toBe('5会议选举');
    fireEvent.keyDown(tab(), { key: 'ArrowRight' });
    expect(selected()).toBe('1推荐提名');
    fireEvent.keyDown(tab(), { key: 'ArrowLeft' });
    expect(selected()).toBe('5会议选举');
    fireEvent.keyDown(tab(), { key: 'Home' });
    expect(selected()).toBe('1推荐提名');
  });

  it('moves by click and by the 上一步 and 下一步 buttons, which stop at the ends', () => {
    renderSteps();
    fireEvent.click(screen.getByRole('tab', { name: '4 确定代表候选人预备人选' }));
    expect(shownPanels()).toEqual(['procedure-step-4']);
    fireEvent.click(screen.getByRole('button', { name: '下一步 →' }));
    fireEvent.click(screen.getByRole('button', { name: '下一步 →' }));
    expect(selected()).toBe('5会议选举');
    expect(screen.getByRole('button', { name: '下一步 →' }).getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: '← 上一步' }));
    expect(selected()).toBe('4确定代表候选人预备人选');
  });

  it('moves by a sideways swipe on the panel, and not by a scroll', () => {
    renderSteps();
    const panels = document.querySelector('.steps__panels')!;
    const swipe = (from: [number, number], to: [number, number]) => {
      fireEvent.pointerDown(panels, { pointerType: 'touch', clientX: from[0], clientY: from[1] });
      fireEvent.pointerUp(panels, { pointerType: 'touch', clientX: to[0], clientY: to[1] });
    };
    swipe([300, 100], [100, 110]);
    expect(selected()).toBe('2组织考察');
    swipe([100, 100], [300, 90]);
    expect(selected()).toBe('1推荐提名');
    swipe([200, 100], [150, 400]);
    expect(selected()).toBe('1推荐提名');
  });

  it('shows the safeguards of a step, each linked to its paragraph', () => {
    renderSteps();
    fireEvent.click(screen.getByRole('tab', { name: '3 确定代表候选人初步人选' }));
    const panel = screen.getByRole('tabpanel');
    expect(panel.textContent).toContain('不少于80名代表候选人初步人选');
    for (const safeguard of ['“代表候选人初步人选确定前，征求同级纪检监察机关的意见”', '“以党内文件的形式进行公示，公示时间为5个工作日”']) {
      expect(within(panel).getByRole('link', { name: safeguard }).getAttribute('href')).toBe('#step-3-preliminary');
    }
  });
});
