// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { QuestionFields } from '../../src/components/quiz/QuestionFields';
import { SetPicker } from '../../src/components/quiz/SetPicker';
import { Field } from '../../src/components/widgets/Field';
import { Verdict } from '../../src/components/Verdict';
import type { QuizResponse } from '../../src/lib/quiz/check';
import type { Question } from '../../src/schemas/question';
import { readBankForTest } from '../helpers/bank';

// Firefox ESR 115–120 (on the browser floor) has no :has(): the chosen option's look and a field's width come from a
// class the component sets, so these tests read the class a stylesheet keys on.
afterEach(cleanup);
const bank = readBankForTest();
const ofType = (type: Question['type']) => bank.questions.find((q) => q.type === type)!;
/** The option rows that look chosen, by their text. */
const marked = () => [...document.querySelectorAll('.choice--chosen')].map((el) => el.textContent);

function Answering({ question }: { question: Question }) {
  const [response, setResponse] = useState<QuizResponse | undefined>(undefined);
  return <QuestionFields question={question} number={1} response={response} onChange={setResponse} />;
}

describe('the chosen option is marked without :has()', () => {
  it('marks the one radio chosen, and moves the mark when another is chosen', () => {
    const question = ofType('single');
    render(<Answering question={question} />);
    expect(marked()).toEqual([]);
    const [first, second] = question.options;
    fireEvent.click(screen.getByRole('radio', { name: new RegExp(first!.text) }));
    expect(marked()).toEqual([expect.stringContaining(first!.text)]);
    fireEvent.click(screen.getByRole('radio', { name: new RegExp(second!.text) }));
    expect(marked()).toEqual([expect.stringContaining(second!.text)]);
  });

  it('marks every box ticked in a multiple-choice question, and unmarks one unticked', () => {
    const question = ofType('multiple');
    render(<Answering question={question} />);
    const [a, b] = question.options;
    fireEvent.click(screen.getByRole('checkbox', { name: new RegExp(a!.text) }));
    fireEvent.click(screen.getByRole('checkbox', { name: new RegExp(b!.text) }));
    expect(marked()).toHaveLength(2);
    fireEvent.click(screen.getByRole('checkbox', { name: new RegExp(a!.text) }));
    expect(marked()).toEqual([expect.stringContaining(b!.text)]);
  });

  it('marks the chosen set and the chosen time to hear right or wrong in the set picker', () => {
    render(<SetPicker bank={bank} askFeedback action="开始练习" onChoose={() => {}} />);
    expect(marked()).toEqual([expect.stringContaining('选举纪律专题'), '每答一题，马上告诉我对错']);
    fireEvent.click(screen.getByRole('radio', { name: /从全部题目中随机抽题/ }));
    fireEvent.click(screen.getByRole('radio', { name: /全部答完再告诉我/ }));
    expect(marked()).toEqual([expect.stringContaining('从全部题目中随机抽题'), '全部答完再告诉我（像考试一样）']);
  });
});

describe('a widget field with a help line', () => {
  it('is marked to take the whole row, and one without is not', () => {
    render(
      <>
        <Field id="with" label="候选人数" hint="可以不填" value="" onInput={() => {}} />
        <Field id="without" label="应选人数" value="" onInput={() => {}} />
      </>,
    );
    expect(screen.getByLabelText('候选人数').closest('.field')!.classList.contains('field--with-hint')).toBe(true);
    expect(screen.getByLabelText('应选人数').closest('.field')!.classList.contains('field--with-hint')).toBe(false);
  });
});

describe('the verdict badge', () => {
  it('says its words and draws a different shape for right, wrong and cannot-tell', () => {
    render(
      <>
        <Verdict tone="ok">符合</Verdict>
        <Verdict tone="wrong">回答错误</Verdict>
        <Verdict tone="unknown">无法判断</Verdict>
      </>,
    );
    const badges = [...document.querySelectorAll('.verdict')];
    expect(badges.map((b) => b.textContent)).toEqual(['符合', '回答错误', '无法判断']);
    expect(new Set(badges.map((b) => b.querySelector('path')!.getAttribute('d'))).size).toBe(3);
  });
});

describe("the site's styles", () => {
  const sheets = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && /\.(css|astro)$/.test(e.name))
      .map((e) => join(e.parentPath, e.name));

  it('never depend on :has(), which Firefox ESR before 121 lacks', () => {
    const using = [...sheets('src/styles'), ...sheets('src/components')].filter((f) => /:has\(/.test(readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '')));
    expect(using).toEqual([]);
  });
});
