import type { Page } from '@playwright/test';

/** One call the page made to the speech engine, as the recorder saw it. */
export interface Spoken {
  text: string;
  rate: number;
  lang: string;
  voice: string | null;
}

interface RecorderOptions {
  voices: { name: string; lang: string; localService: boolean }[];
  /** Milliseconds after which an utterance ends by itself; null: only when the test says so. */
  endAfter: number | null;
}

export const mandarinVoice = { name: '普通话（录音器）', lang: 'zh-CN', localService: true };

/**
 * Replaces the browser's speech synthesis at its boundary (window.speechSynthesis and SpeechSynthesisUtterance)
 * with a recorder that keeps what was spoken, in order, at what rate, and ends utterances as the test decides.
 */
export async function recordSpeech(page: Page, options: Partial<RecorderOptions> = {}) {
  const settings: RecorderOptions = { voices: [mandarinVoice], endAfter: 0, ...options };
  await page.addInitScript((o: RecorderOptions) => {
    type Fake = { text: string; rate: number; lang: string; voice: { name: string } | null; onend: ((e: unknown) => void) | null; onerror: ((e: unknown) => void) | null };
    const log: Spoken[] = [];
    let current: Fake | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const end = (u: Fake) => {
      if (current !== u) return;
      current = null;
      u.onend?.({ type: 'end' });
    };
    class FakeUtterance {
      rate = 1;
      lang = '';
      voice = null;
      onend = null;
      onerror = null;
      constructor(public text: string) {}
    }
    const synth = {
      getVoices: () => o.voices,
      speak(u: Fake) {
        log.push({ text: u.text, rate: u.rate, lang: u.lang, voice: u.voice?.name ?? null });
        current = u;
        if (o.endAfter !== null) timer = setTimeout(() => end(u), o.endAfter);
      },
      cancel() {
        clearTimeout(timer);
        const u = current;
        current = null;
        u?.onerror?.({ type: 'error', error: 'interrupted' });
      },
      pause() {},
      resume() {},
      addEventListener() {},
      removeEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
    Object.assign(window, { speechLog: log, speechFinish: () => current && end(current) });
  }, settings);
  return {
    log: () => page.evaluate(() => (window as unknown as { speechLog: Spoken[] }).speechLog),
    finish: () => page.evaluate(() => (window as unknown as { speechFinish: () => void }).speechFinish()),
  };
}
