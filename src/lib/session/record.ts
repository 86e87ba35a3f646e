import { describeAnswer, optionLetter, typeLabels } from '../quiz/describe';
import { citationPath } from '../quiz/bank';
import type { Question } from '../../schemas/question';
import type { LiveSession } from './live';
import { attendance, hardestFirst, percentText, tallyResults } from './results';

/** One question as the record keeps it: what was asked, the answer, the handbook's words, and how the room did. */
export interface RecordQuestion {
  number: number;
  type: string;
  stem: string;
  /** `A. …` per option. */
  options: string[];
  answer: string;
  /** The handbook's words that settle it, and where (site-relative address). */
  quote: string;
  source: string;
  answered: number;
  right: number;
  /** 67%, or 无人作答. */
  share: string;
  /** `A 3` per option. */
  counts: string[];
}

/** The 学习记录 of one session, as filed: everything it shows is in it, so it reads the same after the bank changes. */
export interface SessionRecord {
  version: 1;
  /** Unique on this device: date and set code, with a counter when one set is run twice a day. */
  id: string;
  date: string;
  topic: string;
  code: string;
  /** The set's title, e.g. 选举纪律专题. */
  set: string;
  room: number | null;
  /** The most who answered any one question. */
  answered: number;
  /** Names given on phones; empty when none were given. */
  names: string[];
  questions: RecordQuestion[];
  /** Question numbers, the hardest first. */
  hardest: number[];
  notes: string;
}

/** The record of a session, built from its tally and the set's questions as shown. */
export function buildRecord(
  session: LiveSession,
  questions: readonly Question[],
  setName: string,
  id: string,
): SessionRecord {
  const results = tallyResults(questions, session.tally, session.room);
  const { answered, names } = attendance(results, session.tally);
  return {
    version: 1,
    id,
    date: session.date,
    topic: session.topic.trim(),
    code: session.code,
    set: setName,
    room: session.room,
    answered,
    names,
    questions: results.map((r) => ({
      number: r.number,
      type: typeLabels[r.question.type],
      stem: r.question.stem,
      options: r.question.type === 'judge' ? [] : r.question.options.map((o, i) => `${optionLetter(i)}. ${o.text}`),
      answer: describeAnswer(r.question),
      quote: r.question.source.quote,
      source: citationPath(r.question, r.question.source),
      answered: r.answered,
      right: r.right,
      share: percentText(r.share),
      counts: r.options.map((o, i) => `${r.question.type === 'judge' ? r.question.options[i]!.text : optionLetter(i)} ${o.count}`),
    })),
    hardest: hardestFirst(results)
      .filter((r) => r.share !== null)
      .map((r) => r.number),
    notes: session.notes.trim(),
  };
}

/** A record id not yet used among `taken`: 2026-12-01-d-7k3f, then …-2, …-3. */
export function recordId(date: string, code: string, taken: readonly string[]): string {
  const base = `${date}-${code}`;
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}

/** One CSV field: quoted when it holds a comma, quote or line break; quotes doubled (RFC 4180). */
const field = (value: string | number): string => {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * The record as CSV for a spreadsheet: the session's facts first, then one row per question. UTF-8 with a byte-order
 * mark and CRLF line ends, which is what Excel needs to read Chinese text from a double-clicked file.
 */
export function recordCsv(record: SessionRecord): string {
  const rows: (string | number)[][] = [
    ['学习记录'],
    ['日期', record.date],
    ['主题', record.topic],
    ['题组', `${record.set}（编号 ${record.code}）`],
    ['到会人数', record.room ?? ''],
    ['作答人数', record.answered],
    ['姓名', record.names.join('、')],
    ['备注', record.notes],
    [],
    ['题号', '题型', '题目', '选项', '正确答案', '作答人数', '答对人数', '正确率', '各选项人数', '手册原文', '出处'],
    ...record.questions.map((q) => [
      q.number,
      q.type,
      q.stem,
      q.options.join('\n'),
      q.answer,
      q.answered,
      q.right,
      q.share,
      q.counts.join('，'),
      q.quote,
      q.source,
    ]),
  ];
  return `\uFEFF${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

/** The record as JSON, indented to be read by a person too. */
export const recordJson = (record: SessionRecord): string => `${JSON.stringify(record, null, 2)}\n`;

/** The file name for an exported record: 学习记录-2026-12-01-d-7k3f.csv. */
export const recordFileName = (record: SessionRecord, extension: 'csv' | 'json'): string => `学习记录-${record.id}.${extension}`;

