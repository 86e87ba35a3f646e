import { useState } from 'preact/hooks';
import type { Bank } from '../../lib/quiz/bank';
import type { Mistakes } from '../../lib/quiz/mistakes';
import { defaultSet, maxMixSize, prefixOf, questionCount, type SetKind } from '../../lib/quiz/sets';
import { setTitle } from '../../lib/quiz/describe';
import type { Feedback } from '../../lib/quiz/storage';
import { FeedbackChoice } from './FeedbackChoice';

/** The sizes of random mix offered. */
const mixSizes = [10, 20, 30, 50] as const;

interface Props {
  bank: Bank;
  /** The set chosen at first: 选举纪律专题 unless the page is about one part. */
  initial?: SetKind | undefined;
  /** The reader's 错题本, to offer practising it; leave out where mistakes are not the reader's (the projector). */
  mistakes?: Mistakes | undefined;
  /** Whether to ask when to show right or wrong (only when practising alone). */
  askFeedback?: boolean;
  /** The submit button's words, e.g. 开始练习. */
  action: string;
  onChoose: (set: SetKind, feedback: Feedback) => void;
}


/** Chooses a set of questions: 选举纪律专题, a part, a random mix, or the 错题本. */
export function SetPicker({ bank, initial = defaultSet, mistakes, askFeedback = false, action, onChoose }: Props) {
  /** Radio value of each kind of set: the set code's prefix, e.g. `p6`; one value for a mix of any size. */
  const valueOf = (set: SetKind): string => (set.kind === 'mix' ? 'mix' : (prefixOf(set, bank.parts) ?? ''));
  const [choice, setChoice] = useState(valueOf(initial));
  const [size, setSize] = useState<number>(20);
  const [feedback, setFeedback] = useState<Feedback>('each');
  const mistakeCount = questionCount({ kind: 'mistakes' }, bank.questions, mistakes);
  const kinds: SetKind[] = [
    defaultSet,
    ...bank.parts.map((p): SetKind => ({ kind: 'part', part: p.id })),
    { kind: 'mix', size },
    ...(mistakeCount > 0 ? [{ kind: 'mistakes' } as const] : []),
  ];
  const count = (set: SetKind) => questionCount(set, bank.questions, mistakes);
  const chosen = kinds.find((set) => valueOf(set) === choice) ?? defaultSet;

  return (
    <form
      class="picker"
      onSubmit={(event) => {
        event.preventDefault();
        onChoose(chosen, feedback);
      }}
    >
      <fieldset class="picker__sets">
        <legend>选一组题</legend>
        {kinds
          .filter((set) => set.kind !== 'mix' && count(set) > 0)
          .map((set) => (
            <label class={choice === valueOf(set) ? 'choice choice--chosen' : 'choice'} key={valueOf(set)}>
              <input type="radio" name="set" value={valueOf(set)} checked={choice === valueOf(set)} onChange={() => setChoice(valueOf(set))} />
              <span>
                {setTitle(set, bank.parts)}
                <span class="muted">（{count(set)}题）</span>
              </span>
            </label>
          ))}
        <div class={choice === 'mix' ? 'choice choice--with-field choice--chosen' : 'choice choice--with-field'}>
          <label>
            <input type="radio" name="set" value="mix" checked={choice === 'mix'} onChange={() => setChoice('mix')} />
            <span>从全部题目中随机抽题</span>
          </label>
          <label class="picker__size">
            <span>题数</span>
            <select
              value={size}
              onChange={(event) => {
                setSize(Number(event.currentTarget.value));
                setChoice('mix');
              }}
            >
              {mixSizes
                .filter((n) => n <= Math.min(bank.questions.length, maxMixSize))
                .map((n) => (
                  <option value={n} key={n}>
                    {n}题
                  </option>
                ))}
            </select>
          </label>
        </div>
      </fieldset>
      {askFeedback && <FeedbackChoice value={feedback} onChange={setFeedback} />}
      <button type="submit" class="button button--primary">
        {action}
      </button>
    </form>
  );
}
