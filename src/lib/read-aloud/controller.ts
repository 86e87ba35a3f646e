/**
 * The read-aloud (朗读) controller: which paragraph and sentence is being read, at what speed, and whether reading
 * is going on, paused or stopped. The speech engine is passed in (`SpeechPort`), so the controller runs the same
 * against the browser's speech synthesis, a test's recorder or nothing at all. It never starts by itself: only
 * `start` begins reading.
 */
import type { Utterance } from './utterances';

/** A voice as the engine lists it. */
export interface Voice {
  readonly name: string;
  readonly lang: string;
  readonly localService?: boolean;
}

/** What the controller needs from a speech engine. */
export interface SpeechPort {
  /** The voices installed now (may be empty until the engine has loaded them). */
  voices(): readonly Voice[];
  /** Speaks one utterance; `done` is called once, when it ends or fails. */
  speak(text: string, options: { voice: Voice; rate: number }, done: (outcome: 'ended' | 'failed') => void): void;
  /** Silences the engine at once and drops anything queued. */
  cancel(): void;
}

export const rateSteps = ['slower', 'normal', 'faster'] as const;
export type RateStep = (typeof rateSteps)[number];

/** Speech rate per step (1 is the engine's normal speed). Older listeners asked for slower more than faster. */
export const rateOf: Record<RateStep, number> = { slower: 0.7, normal: 1, faster: 1.3 };
export const rateLabels: Record<RateStep, string> = { slower: '慢速', normal: '正常', faster: '快速' };

export type ReadingStatus = 'idle' | 'reading' | 'paused';

/** What the controls show. */
export interface ReadingState {
  readonly status: ReadingStatus;
  /** Index of the passage (paragraph, question, option) being read or paused in; -1 when idle. */
  readonly passage: number;
  /** Index of the utterance within that passage; -1 when idle. */
  readonly sentence: number;
  readonly rate: RateStep;
  /** A plain message for the reader (no voice, an engine error, finished), or null. */
  readonly message: string | null;
}

export const NO_VOICE =
  '这台设备没有中文（普通话）朗读语音，无法朗读。可在手机或电脑的系统设置中添加中文语音后再试。';
export const SPEECH_FAILED = '朗读中断了：这台设备的语音引擎出错。请再点“朗读”重试。';
export const FINISHED = '朗读完毕。';

// Mainland Mandarin first; a generic Chinese/Mandarin voice is accepted; Cantonese and Taiwan voices are not.
const voiceRank = (voice: Voice): number => {
  const lang = voice.lang.toLowerCase().replace(/_/g, '-');
  if (/^(zh|cmn)(-hans)?-cn$/.test(lang)) return voice.localService ? 0 : 1;
  if (/^(zh|cmn)(-hans)?$/.test(lang)) return 2;
  return -1;
};

/** The best Chinese (zh-CN) voice among those installed, or null when there is none. */
export function chooseVoice(voices: readonly Voice[]): Voice | null {
  const usable = voices.filter((v) => voiceRank(v) >= 0);
  usable.sort((a, b) => voiceRank(a) - voiceRank(b));
  return usable[0] ?? null;
}

/** What a screen reader is told when the state changes (a polite announcement), or null for no news. */
export function announcement(before: ReadingState, after: ReadingState): string | null {
  if (after.message !== null && after.message !== before.message) return after.message;
  if (before.status === after.status) return null;
  if (after.status === 'reading') return before.status === 'paused' ? '继续朗读。' : '开始朗读。';
  if (after.status === 'paused') return '朗读已暂停。';
  return after.message ?? '朗读已停止。';
}

export interface ReadAloud {
  readonly state: ReadingState;
  /** Reads `passages` from passage `from`; returns false (with the no-voice message) when there is no Chinese voice. */
  start(passages: readonly (readonly Utterance[])[], from?: number): boolean;
  pause(): void;
  resume(): void;
  stop(): void;
  /** Moves to another passage (a tapped paragraph, 上一段 / 下一段) and reads from its start. */
  jump(passage: number): void;
  setRate(rate: RateStep): void;
}

const idle = (rate: RateStep, message: string | null = null): ReadingState => ({ status: 'idle', passage: -1, sentence: -1, rate, message });

export function createReadAloud(speech: SpeechPort, onChange: (state: ReadingState) => void = () => {}): ReadAloud {
  let state: ReadingState = idle('normal');
  let passages: readonly (readonly Utterance[])[] = [];
  let voice: Voice | null = null;
  // Each utterance spoken carries the generation it was spoken in; an engine's late `done` for an utterance that
  // was cancelled (pause, jump, rate change) belongs to an older generation and is ignored.
  let generation = 0;

  const set = (next: ReadingState) => {
    state = next;
    onChange(state);
  };

  // The first passage at or after `from` that has something to read.
  const nextPassage = (from: number) => {
    for (let p = Math.max(0, from); p < passages.length; p++) if (passages[p]!.length > 0) return p;
    return -1;
  };

  const speakCurrent = () => {
    const mine = ++generation;
    const utterance = passages[state.passage]?.[state.sentence];
    if (!utterance || !voice) return;
    speech.speak(utterance.spoken, { voice, rate: rateOf[state.rate] }, (outcome) => {
      if (mine !== generation) return;
      if (outcome === 'failed') {
        generation++;
        set(idle(state.rate, SPEECH_FAILED));
        return;
      }
      advance();
    });
  };

  const advance = () => {
    if (state.sentence + 1 < passages[state.passage]!.length) {
      set({ ...state, sentence: state.sentence + 1 });
    } else {
      const passage = nextPassage(state.passage + 1);
      if (passage < 0) {
        generation++;
        set(idle(state.rate, FINISHED));
        return;
      }
      set({ ...state, passage, sentence: 0 });
    }
    speakCurrent();
  };

  const silence = () => {
    generation++;
    speech.cancel();
  };

  return {
    get state() {
      return state;
    },
    start(list, from = 0) {
      silence();
      voice = chooseVoice(speech.voices());
      passages = list;
      const passage = nextPassage(from);
      if (!voice) {
        set(idle(state.rate, NO_VOICE));
        return false;
      }
      if (passage < 0) {
        set(idle(state.rate, FINISHED));
        return true;
      }
      set({ status: 'reading', passage, sentence: 0, rate: state.rate, message: null });
      speakCurrent();
      return true;
    },
    pause() {
      if (state.status !== 'reading') return;
      // Cancel rather than the engine's own pause(): on Android Chrome pause() stops for good, and resuming
      // mid-sentence is unreliable everywhere. Resume reads the interrupted sentence again from its start.
      silence();
      set({ ...state, status: 'paused' });
    },
    resume() {
      if (state.status !== 'paused') return;
      set({ ...state, status: 'reading' });
      speakCurrent();
    },
    stop() {
      if (state.status === 'idle') return;
      silence();
      set(idle(state.rate));
    },
    jump(target) {
      if (state.status === 'idle' || !voice) return;
      const passage = nextPassage(target);
      if (passage < 0) return;
      silence();
      set({ ...state, status: 'reading', passage, sentence: 0, message: null });
      speakCurrent();
    },
    setRate(rate) {
      if (rate === state.rate) return;
      const wasReading = state.status === 'reading';
      if (wasReading) silence();
      set({ ...state, rate });
      if (wasReading) speakCurrent();
    },
  };
}
