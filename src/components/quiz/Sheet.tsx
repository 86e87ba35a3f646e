import type { BankQuestion } from '../../lib/quiz/bank';
import { describeAnswer, optionLetter, typeLabels } from '../../lib/quiz/describe';
import { shortKey } from '../../lib/session/kit';
import { AnswerGrid } from '../session/AnswerGrid';
import { Explanation } from './Explanation';
import { QrCode } from './QrCode';

interface Props {
  /** The set's title, e.g. 选举纪律专题. */
  title: string;
  questions: readonly BankQuestion[];
  /** The set's code, printed so that members can open the same questions on their phones. */
  code?: string | undefined;
  /** The address members can type to open the set online (also printed as a QR code). */
  address?: string | undefined;
  /** Print type large (大字版). */
  large?: boolean;
}

/**
 * A quiz sheet: title, 姓名 and 支部 lines, the questions with boxes to tick, and the answer key with explanations,
 * which starts on a new page when printed. Also the readable form of a set before scripts run.
 */
export function Sheet({ title, questions, code, address, large = false }: Props) {
  return (
    <article class={large ? 'sheet sheet--large' : 'sheet'} aria-labelledby="sheet-title">
      <header class="sheet__header">
        {address && (
          <figure class="sheet__qr">
            <QrCode text={address} label={`二维码：在手机上打开这组题${code ? `（编号 ${code}）` : ''}`} />
            <figcaption>扫码在手机上做</figcaption>
          </figure>
        )}
        <p class="sheet__book">《出席党的二十大代表选举工作宣传手册》学习自测</p>
        <h2 id="sheet-title" class="sheet__title">
          {title}
        </h2>
        <p class="sheet__meta">
          共{questions.length}题
          {code && (
            <>
              {' '}
              · 练习编号 <span class="code">{code}</span>
            </>
          )}
          {address && <> · 手机上打开 {address} 可以在线做同一组题</>}
        </p>
        <p class="sheet__fields">
          <Blank label="姓名" />
          <Blank label="支部" />
          <Blank label="日期" short />
          <Blank label="得分" short />
        </p>
        <p class="sheet__how">在选中的答案前的方框里打“✓”；排序题在括号里填上先后顺序的序号（1、2、3……）。</p>
      </header>
      <ol class="sheet__questions">
        {questions.map((question) => (
          <li class="sheet__question" key={question.id}>
            <p class="sheet__stem">
              <span class="sheet__type">（{typeLabels[question.type]}）</span>
              {question.stem}
            </p>
            <ul class="sheet__options">
              {question.options.map((option, index) => (
                <li key={option.id}>
                  {question.type === 'order' ? (
                    <span class="sheet__bracket" aria-hidden="true">
                      （　　）
                    </span>
                  ) : (
                    <span class="sheet__box" aria-hidden="true"></span>
                  )}
                  {question.type !== 'judge' && `${optionLetter(index)}. `}
                  {option.text}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {code && (
        // The session kit, on the printed sheet of a set: the answer grid to count, and the key on one page.
        <>
          <AnswerGrid questions={questions} />
          <section class="sheet__quick-key" aria-labelledby="sheet-quick-key-title">
            <h2 id="sheet-quick-key-title">答案速查</h2>
            <p class="sheet__short-key">{shortKey(questions)}</p>
            <p class="sheet__how">字母是本答题纸上选项的字母；判断题 √ 为正确、× 为错误。解析见后页。</p>
          </section>
        </>
      )}
      <section class="sheet__key" aria-labelledby="sheet-key-title">
        <h2 id="sheet-key-title">答案与解析</h2>
        <ol>
          {questions.map((question, index) => (
            <li key={question.id}>
              <p class="sheet__answer">
                <strong>
                  第{index + 1}题　答案：{describeAnswer(question)}
                </strong>
              </p>
              <Explanation question={question} />
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}

/** A field of the paper sheet: its label and a line to write on. */
export function Blank({ label, short = false }: { label: string; short?: boolean }) {
  return (
    <span>
      {label}
      <span class={short ? 'sheet__line sheet__line--short' : 'sheet__line'}></span>
    </span>
  );
}
