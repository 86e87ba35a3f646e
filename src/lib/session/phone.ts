import type { Responses } from '../quiz/check';
import { readStored, writeStored, type SiteStorage } from '../versioned-storage';
import { newPhoneId } from './result-code';

/**
 * What a member's phone keeps of the sets it answered in a study session, under the localStorage key `handbook:room`
 * (see src/lib/versioned-storage.ts):
 *
 *   { "version": 1, "phone": "k3x9a2", "finished": { "d-7k3f": { "q-id": "a", … } } }
 *
 * `phone` is a random id, the same for every result this phone shows, so the presenter counts the phone once however
 * often it is scanned; `finished` keeps each set's answers so the result code survives a reload. No name is kept:
 * one typed on the result screen travels in the QR code only.
 */
export interface PhoneData {
  version: 1;
  phone: string;
  finished: Record<string, Responses>;
}

/** The phone's data, with a fresh id when there is none or it does not read. Never throws. */
export function loadPhone(storage: SiteStorage | undefined, random: () => number = Math.random): PhoneData {
  const stored = readStored(storage, 'room');
  if (stored.kind === 'found' && stored.version === 1) {
    const { phone, finished } = stored.value;
    if (typeof phone === 'string' && /^[2-9a-z]{6}$/.test(phone) && typeof finished === 'object' && finished !== null && !Array.isArray(finished))
      return stored.value as unknown as PhoneData;
  }
  return { version: 1, phone: newPhoneId(random), finished: {} };
}

/** Saves the phone's data; false when storage is missing, full or refuses, or holds a newer version's. */
export const savePhone = (storage: SiteStorage | undefined, data: PhoneData): boolean => writeStored(storage, 'room', data);

export const withFinished = (data: PhoneData, code: string, answers: Responses): PhoneData => ({
  ...data,
  finished: { ...data.finished, [code]: answers },
});

export function withoutFinished(data: PhoneData, code: string): PhoneData {
  const finished = { ...data.finished };
  delete finished[code];
  return { ...data, finished };
}
