import { describe, expect, it } from 'vitest';
import { searchHandbook, type SearchOutcome } from '../../src/lib/search/outcome';
import { readQuestions } from '../helpers/questions';
import { handbook } from '../helpers/search';

/** The paragraphs a reader sees, in the order shown: the exact matches, then the nearest paragraphs. */
const shownIds = (outcome: SearchOutcome) => [
  ...outcome.parts.flatMap((part) => part.paragraphs.map((p) => p.id)),
  ...outcome.nearest.paragraphs.map((p) => p.id),
];

const questions = readQuestions();
const ranks = questions.map((question) => {
  const right = [question.id, ...(question.also ?? [])];
  return { question, rank: shownIds(searchHandbook(handbook, question.q)).findIndex((id) => right.includes(id)) };
});
const share = (ok: (rank: number) => boolean) => ranks.filter((r) => ok(r.rank)).length / ranks.length;

describe('questions in the readers’ words (tests/fixtures/search-questions.yaml)', () => {
  it('get the answering paragraph among the first three results for at least 97 % of them', () => {
    const missed = ranks.filter((r) => r.rank < 0 || r.rank > 2).map((r) => `${r.question.q} → ${r.question.id}`);
    expect(share((rank) => rank >= 0 && rank <= 2), missed.join('\n')).toBeGreaterThanOrEqual(0.97);
  });

  it('get it first for at least 80 % of them', () => {
    expect(share((rank) => rank === 0)).toBeGreaterThanOrEqual(0.8);
  });
});
