// npm run bank:report: prints the question bank report (src/lib/quiz/report.ts) for the bank in content/quizzes.
// The bank and report modules are TypeScript, loaded through Vite's module runner (already a dependency via Vitest).
import { runnerImport } from 'vite';

const load = async (path) =>
  (await runnerImport(new URL(path, import.meta.url).pathname, { configFile: false, logLevel: 'silent' })).module;

const [{ readBankFiles }, { readBlocks }, { questionSchema }, { bankReport, formatReport }, { z }] = await Promise.all([
  load('../tests/helpers/bank.ts'),
  load('../tests/helpers/handbook.ts'),
  load('../src/schemas/question.ts'),
  load('../src/lib/quiz/report.ts'),
  import('astro/zod'),
]);

const partById = new Map();
const questions = readBankFiles().flatMap((file) => {
  const parsed = z.array(questionSchema).parse(file.raw);
  for (const q of parsed) partById.set(q.id, file.slug);
  return parsed;
});
const paragraphs = new Map([...readBlocks()].map(([id, block]) => [id, block.text]));
console.log(formatReport(bankReport(questions, paragraphs, (q) => partById.get(q.id))));
