import { idsOf, type QuizResponse, type Responses } from '../quiz/check';
import { optionLetter } from '../quiz/describe';
import { hash, randomSeed } from '../quiz/sets';
import type { Question } from '../../schemas/question';

/**
 * The result a phone shows as a QR code at the end of a set, for the presenter to scan:
 *
 *   HB1~d-7k3f~k3x9a2~A.BD.-.CABD~5byg5rW3~1x0k9qz
 *   │   │      │      │           │        └ checksum: hash of everything before it, base 36
 *   │   │      │      │           └ the name the member typed, UTF-8 in base64url (empty when left out)
 *   │   │      │      └ one answer per question in the set's order, by the letters shown (A = first option);
 *   │   │      │        an order question lists its letters in order; `-` for no answer
 *   │   │      └ the phone: a random id kept on the phone, so that scanning it twice counts once
 *   │   └ the set code (sets.ts)
 *   └ what this is and the version of its shape
 *
 * Only ASCII, so that every decoder reads it alike (a Chinese name in a QR's byte mode is read as Latin-1 by some).
 */
export interface PhoneResult {
  code: string;
  phone: string;
  /** The letters chosen, per question in set order; empty for no answer. */
  answers: string[];
  /** The name typed on the phone, or '' when the member left it out. */
  name: string;
}

const tag = 'HB';
export const resultVersion = 1;
const separator = '~';
/** At most this many characters of a name travel in the code (a name, not a message). */
export const maxNameLength = 20;

/** The checksum of a code's body: catches a code misread or edited by hand. */
const checksum = (body: string): string => hash(body).toString(36);

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string | undefined {
  try {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

/** A name as it travels: trimmed, inner runs of space made one, at most maxNameLength characters. */
export const cleanName = (name: string): string => [...name.trim().replace(/\s+/g, ' ')].slice(0, maxNameLength).join('');

/** The letters of a response to a question as shown: `BD` for options two and four; '' for none. */
export function lettersOf(question: Question, response: QuizResponse | undefined): string {
  const indices = idsOf(response)
    .map((id) => question.options.findIndex((o) => o.id === id))
    .filter((index) => index >= 0);
  // Multiple choice reads in the order shown, whatever order it was ticked in; an order question keeps its order.
  if (question.type !== 'order') indices.sort((a, b) => a - b);
  return indices.map(optionLetter).join('');
}

/** The text of a phone's result QR code for a set answered on it. */
export function encodeResult(code: string, phone: string, questions: readonly Question[], answers: Responses, name: string): string {
  const letters = questions.map((q) => lettersOf(q, answers[q.id]) || '-').join('.');
  const body = [`${tag}${resultVersion}`, code, phone, letters, toBase64Url(cleanName(name))].join(separator);
  return `${body}${separator}${checksum(body)}`;
}

/** Why a scanned code was not taken, in the secretary's terms. */
export const resultMessages = {
  foreign: '这不是本站手机答题结果的二维码。请扫手机上“答题结果”页面里的二维码。',
  damaged: '这个二维码读出来不完整或已损坏。请让这位同志把手机屏幕调亮、放稳，再扫一次。',
  version: '这个二维码来自不同版本的网站。请这位同志刷新手机上的页面，重新显示结果后再扫。',
} as const;

export type DecodedResult = { ok: true; result: PhoneResult } | { ok: false; error: string };

const phonePattern = /^[2-9a-z]{6}$/;
const answerPattern = /^(?:-|[A-F]{1,6})$/;

/** Reads the text of a scanned QR code. Never throws: anything else is foreign, damaged or of another version. */
export function decodeResult(text: string): DecodedResult {
  const head = /^HB(\d+)~/.exec(text);
  if (!head) return { ok: false, error: resultMessages.foreign };
  if (Number(head[1]) !== resultVersion) return { ok: false, error: resultMessages.version };
  const fields = text.split(separator);
  const sum = fields.pop() ?? '';
  const body = fields.join(separator);
  if (fields.length !== 5 || checksum(body) !== sum) return { ok: false, error: resultMessages.damaged };
  const [, code = '', phone = '', letters = '', encodedName = ''] = fields;
  const answers = letters.split('.');
  const name = fromBase64Url(encodedName);
  if (!phonePattern.test(phone) || !answers.every((a) => answerPattern.test(a)) || name === undefined)
    return { ok: false, error: resultMessages.damaged };
  return { ok: true, result: { code, phone, answers: answers.map((a) => (a === '-' ? '' : a)), name: cleanName(name) } };
}

/**
 * The responses a result stands for, by question id, read against the set's questions as shown; undefined when the
 * letters do not fit the questions (a letter past the last option, a single answer of two letters, a count that
 * differs), which means the code was not made for these questions.
 */
export function responsesOf(result: PhoneResult, questions: readonly Question[]): Record<string, QuizResponse> | undefined {
  if (result.answers.length !== questions.length) return undefined;
  const responses: Record<string, QuizResponse> = {};
  for (const [i, question] of questions.entries()) {
    const letters = [...(result.answers[i] ?? '')];
    if (letters.length === 0) continue;
    const ids = letters.map((letter) => question.options[letter.charCodeAt(0) - 65]?.id);
    if (ids.some((id) => id === undefined) || new Set(ids).size !== ids.length) return undefined;
    const chosen = ids as string[];
    if (question.type === 'single' || question.type === 'judge') {
      if (chosen.length !== 1) return undefined;
      responses[question.id] = chosen[0]!;
    } else if (question.type === 'order' && chosen.length !== question.options.length) return undefined;
    else responses[question.id] = chosen;
  }
  return responses;
}

/** A fresh random id for a phone. `random` returns numbers in [0, 1), like Math.random. */
export const newPhoneId = (random: () => number = Math.random): string => randomSeed(6, random);
