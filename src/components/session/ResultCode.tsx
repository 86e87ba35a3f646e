import { useEffect, useRef, useState } from 'preact/hooks';
import { isCorrect, type Responses } from '../../lib/quiz/check';
import { encodeResult, maxNameLength } from '../../lib/session/result-code';
import type { Question } from '../../schemas/question';
import { LazyQrCode } from './LazyQrCode';

interface Props {
  code: string;
  phone: string;
  questions: readonly Question[];
  answers: Responses;
}

/** The phone's result as a QR code for the secretary to scan, with a name only if the member types one. */
export function ResultCode({ code, phone, questions, answers }: Props) {
  const [name, setName] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const right = questions.filter((q) => isCorrect(q, answers[q.id])).length;
  const total = questions.length;
  const text = encodeResult(code, phone, questions, answers, name);
  return (
    <section class="result-code" aria-labelledby="result-code-title">
      <h2 id="result-code-title" tabIndex={-1} ref={heading}>
        答完了：答对 {right} 题，共 {total} 题
      </h2>
      <p>请把下面的二维码给书记扫一下，你的答案就计入全场统计。</p>
      <figure class="result-code__qr">
        <LazyQrCode text={text} label={`答题结果二维码：练习编号 ${code}，答对${right}题，共${total}题${name ? `，姓名 ${name}` : '，未留姓名'}`} />
        <figcaption>{name ? `姓名：${name}` : '未留姓名'} · 编号 {code}</figcaption>
      </figure>
      <div class="result-code__name">
        <label for="result-name">姓名（可以不填）</label>
        <input
          id="result-name"
          type="text"
          autocomplete="name"
          maxLength={maxNameLength}
          value={name}
          aria-describedby="result-name-note"
          onInput={(event) => setName(event.currentTarget.value)}
        />
        <button type="button" class="button" onClick={() => setName('')} disabled={name === ''}>
          不留姓名
        </button>
        <p id="result-name-note" class="muted">
          姓名属于个人信息：填了，它会随二维码交给书记的设备，写进本支部的学习记录；不填，你的答案照样计入人数和正确率。姓名不会保存在这部手机上，也不会发到任何地方。
        </p>
      </div>
    </section>
  );
}
