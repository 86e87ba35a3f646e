import { useEffect, useRef, useState } from 'preact/hooks';
import type { Question } from '../../schemas/question';

/** 朗读本题: reads the question and its options aloud; pressed again, stops. The reading code loads on first use. */
export function ReadQuestion({ question, number }: { question: Question; number: number }) {
  const [reading, setReading] = useState(false);
  const [news, setNews] = useState('');
  const stop = useRef<(() => void) | null>(null);
  // Moving to another question, or leaving the quiz, silences this one.
  useEffect(() => () => stop.current?.(), [question.id]);
  return (
    <div class="read-question">
      <button
        type="button"
        class="button"
        aria-pressed={reading}
        onClick={async () => {
          if (reading) return stop.current?.();
          const { readQuestion } = await import('../../scripts/read-aloud');
          stop.current = await readQuestion(question, number, (now, said) => {
            setReading(now);
            if (said !== null) setNews(said);
          });
        }}
      >
        <span aria-hidden="true">🔊</span> 朗读本题
      </button>
      <span class="read-question__status" role="status">
        {news}
      </span>
    </div>
  );
}
