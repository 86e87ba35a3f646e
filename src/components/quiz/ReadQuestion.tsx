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
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false"><path fill="currentColor" d="M4 9h3l5-4v14l-5-4H4a1 1 0 0 1-1-1v-4a1 1 0 0 1 1-1Zm11.5-1.5a1 1 0 0 1 1.4 0 6.4 6.4 0 0 1 0 9 1 1 0 1 1-1.4-1.4 4.4 4.4 0 0 0 0-6.2 1 1 0 0 1 0-1.4Z"></path></svg> 朗读本题
      </button>
      <span class="read-question__status" role="status">
        {news}
      </span>
    </div>
  );
}
