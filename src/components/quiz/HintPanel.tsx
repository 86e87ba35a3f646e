import { useEffect, useRef, useState } from 'preact/hooks';
import { citationPath, type BankQuestion } from '../../lib/quiz/bank';
import { hintFor, type Hint, type Paragraphs } from '../../lib/quiz/hint';
import type { HintLevel } from '../../lib/quiz/storage';
import { href } from '../../site';

interface Props {
  question: BankQuestion;
  level: HintLevel;
  onNarrow: () => void;
}

// One fetch per page, whichever question asks first.
let paragraphs: Promise<Paragraphs> | undefined;
const fetchParagraphs = (): Promise<Paragraphs> => {
  paragraphs ??= fetch(href('/quiz/paragraphs.json')).then((r) => (r.ok ? (r.json() as Promise<Paragraphs>) : Promise.reject(new Error(r.statusText))));
  paragraphs.catch(() => (paragraphs = undefined));
  return paragraphs;
};

/**
 * 提示: the paragraph of the handbook that settles the question, as printed, with nothing marked; then, if asked,
 * only its settling sentence. Loaded with the page's first hint.
 */
export function HintPanel({ question, level, onNarrow }: Props) {
  const [hint, setHint] = useState<Hint | null | 'loading' | 'failed'>('loading');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    fetchParagraphs().then(
      (found) => setHint(hintFor(question, found)),
      () => setHint('failed'),
    );
    heading.current?.focus();
  }, [question.id]);
  const link = href(citationPath(question, question.source));
  return (
    <section class="hint" aria-labelledby={`hint-${question.id}`}>
      <h3 id={`hint-${question.id}`} class="hint__title" tabIndex={-1} ref={heading}>
        提示{level === 2 ? '：依据的那一句' : '：依据的那一段'}
      </h3>
      {hint === 'loading' ? (
        <p class="muted">正在载入手册原文……</p>
      ) : hint === 'failed' || hint === null ? (
        <p>
          暂时载入不了原文。可以<a href={link}>到手册“{question.partLabel}”里读这一段</a>。
        </p>
      ) : (
        <>
          <p>
            这道题的依据在手册“{question.partLabel}”的这一段（<a href={link}>在手册中打开</a>）：
          </p>
          <blockquote class="hint__text">{level === 2 ? hint.sentence : hint.paragraph}</blockquote>
          {level === 1 && hint.sentence !== hint.paragraph && (
            <button type="button" class="button" onClick={onNarrow}>
              还是找不到？缩小到一句
            </button>
          )}
        </>
      )}
      <p class="muted hint__note">用了提示不扣分，结果里会注明这道题看过提示。</p>
    </section>
  );
}
