import type { Responses } from '../quiz/check';
import type { ProgressStorage } from '../quiz/storage';
import { newPhoneId } from './result-code';

/**
 * What a member's phone keeps of the sets it answered in a study session, under the localStorage key `ershida-room`:
 *
 *   { "version": 1, "phone": "k3x9a2", "finished": { "d-7k3f": { "q-id": "a", … } } }
 *
 * `phone` is a random id, the same for every result this phone shows, so the presenter counts the phone once however
 * often it is scanned; `finished` keeps each set's answers so the result code survives a reload. No name is kept:
 * one typed on the result screen travels in the QR code only.
 */
export const phoneKey = 'ershida-room';

export interface PhoneData {
  version: 1;
  phone: string;
  finished: Record<string, Responses>;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The phone's data, with a fresh id when there is none or it does not read. Never throws. */
export function loadPhone(storage: ProgressStorage | undefined, random: () => number = Math.random): PhoneData {
  try {
    const value: unknown = JSON.parse(storage?.getItem(phoneKey) ?? 'null');
    if (isObject(value) && value['version'] === 1 && typeof value['phone'] === 'string' && /^[2-9a-z]{6}$/.test(value['phone']) && isObject(value['finished']))
      return value as unknown as PhoneData;
  } catch {
    // Broken or refused: start afresh below.
  }
  return { version: 1, phone: newPhoneId(random), finished: {} };
}

/** Saves the phone's data; false when storage is missing, full or refuses. */
export function savePhone(storage: ProgressStorage | undefined, data: PhoneData): boolean {
  try {
    storage?.setItem(phoneKey, JSON.stringify(data));
    return storage !== undefined;
  } catch {
    return false;
  }
}

export const withFinished = (data: PhoneData, code: string, answers: Responses): PhoneData => ({
  ...data,
  finished: { ...data.finished, [code]: answers },
});

export function withoutFinished(data: PhoneData, code: string): PhoneData {
  const finished = { ...data.finished };
  delete finished[code];
  return { ...data, finished };
}
