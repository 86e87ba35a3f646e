// npm run bank:report: prints the question bank report (src/lib/quiz/report.ts) for the bank in content/quizzes.
// The bank and report modules are TypeScript, loaded through Vite's module runner (already a dependency via Vitest).
import { runnerImport } from 'vite';

const load = async (path) =>
  (await runnerImport(new URL(path, import.meta.url).pathname, { configFile: false, logLevel: 'silent' })).module;

const [{ readBankQuestions }, { readBlocks }, { bankReport, formatReport }] = await Promise.all([
  load('../tests/helpers/bank.ts'),
  load('../tests/helpers/handbook.ts'),
  load('../src/lib/quiz/report.ts'),
]);

const paragraphs = new Map([...readBlocks()].map(([id, block]) => [id, block.text]));
console.log(formatReport(bankReport(readBankQuestions(), paragraphs)));
