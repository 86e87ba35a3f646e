import { tallyResults } from '../../lib/session/results';
import { setHands } from '../../lib/session/tally';
import type { Question } from '../../schemas/question';
import { HandCount, ResultBars } from './HandCount';
import type { Room } from './hooks';

/**
 * The room's answers to the question on the projector, once its answer is shown: the show of hands to enter, and the
 * counts so far (hands, paper and phones together) as bars with their numbers.
 */
export default function RoomCount({ question, number, room }: { question: Question; number: number; room: Room }) {
  const { session } = room;
  return (
    <div class="presenter__room">
      <HandCount
        question={question}
        idPrefix={`hands-${number}`}
        count={session.tally.hands[question.id]}
        onChange={(count) => room.change((s) => ({ ...s, tally: setHands(s.tally, question.id, count) }))}
      />
      <div aria-live="polite">
        <ResultBars result={tallyResults([question], session.tally, session.room)[0]!} />
      </div>
    </div>
  );
}
