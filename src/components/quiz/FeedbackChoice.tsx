import type { Feedback } from '../../lib/quiz/storage';

const choices: { value: Feedback; label: string }[] = [
  { value: 'each', label: '每答一题，马上告诉我对错' },
  { value: 'end', label: '全部答完再告诉我（像考试一样）' },
];

/** Asks when to show right or wrong: after each question, or at the end. */
export function FeedbackChoice({ value, onChange }: { value: Feedback; onChange: (value: Feedback) => void }) {
  return (
    <fieldset class="picker__feedback">
      <legend>什么时候告诉我对错</legend>
      {choices.map((choice) => (
        <label class={value === choice.value ? 'choice choice--chosen' : 'choice'} key={choice.value}>
          <input type="radio" name="feedback" value={choice.value} checked={value === choice.value} onChange={() => onChange(choice.value)} />
          <span>{choice.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
