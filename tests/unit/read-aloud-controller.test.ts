import { describe, expect, it } from 'vitest';
import {
  announcement,
  chooseVoice,
  createReadAloud,
  FINISHED,
  NO_VOICE,
  rateOf,
  SPEECH_FAILED,
  type ReadingState,
  type SpeechPort,
  type Voice,
} from '../../src/lib/read-aloud/controller';
import { utterances } from '../../src/lib/read-aloud/utterances';

const mandarin: Voice = { name: 'Mandarin', lang: 'zh-CN', localService: true };

/** A speech engine that records what it was asked to say and finishes an utterance only when told to. */
function recorder(voices: Voice[] = [mandarin]) {
  const spoken: { text: string; rate: number }[] = [];
  let pending: ((outcome: 'ended' | 'failed') => void) | null = null;
  let cancels = 0;
  const port: SpeechPort = {
    voices: () => voices,
    speak(text, { rate }, done) {
      spoken.push({ text, rate });
      pending = done;
    },
    cancel() {
      cancels++;
      // Engines report a cancelled utterance as ended (or failed) after the fact.
      const late = pending;
      pending = null;
      late?.('ended');
    },
  };
  return {
    port,
    spoken,
    get cancels() {
      return cancels;
    },
    finish(outcome: 'ended' | 'failed' = 'ended') {
      const done = pending;
      pending = null;
      done?.(outcome);
    },
  };
}

const part = [utterances('第一段第一句。第一段第二句。'), utterances('第二段只有一句，有 15% 的差额。')];

describe('choosing a voice', () => {
  it('prefers a local Mainland Mandarin voice', () => {
    const voices = [
      { name: 'en', lang: 'en-US' },
      { name: 'net', lang: 'zh-CN', localService: false },
      { name: 'local', lang: 'zh_CN', localService: true },
    ];
    expect(chooseVoice(voices)?.name).toBe('local');
  });
  it('accepts a generic Mandarin voice such as espeak-ng’s', () => {
    expect(chooseVoice([{ name: 'espeak', lang: 'cmn' }])?.name).toBe('espeak');
  });
  it('does not read Mandarin text with a Cantonese, Taiwan or English voice', () => {
    expect(chooseVoice([{ name: 'hk', lang: 'zh-HK' }, { name: 'tw', lang: 'zh-TW' }, { name: 'en', lang: 'en-GB' }])).toBeNull();
  });
});

describe('the read-aloud controller', () => {
  it('is idle until asked, and never speaks by itself', () => {
    const engine = recorder();
    const reader = createReadAloud(engine.port);
    expect(reader.state.status).toBe('idle');
    expect(engine.spoken).toEqual([]);
  });

  it('reads sentence by sentence, paragraph by paragraph, then says it is finished', () => {
    const engine = recorder();
    const reader = createReadAloud(engine.port);
    expect(reader.start(part)).toBe(true);
    expect(reader.state).toMatchObject({ status: 'reading', passage: 0, sentence: 0 });
    engine.finish();
    expect(reader.state).toMatchObject({ passage: 0, sentence: 1 });
    engine.finish();
    expect(reader.state).toMatchObject({ passage: 1, sentence: 0 });
    engine.finish();
    expect(reader.state).toMatchObject({ status: 'idle', message: FINISHED });
    expect(engine.spoken.map((s) => s.text)).toEqual(['第一段第一句。', '第一段第二句。', '第二段只有一句，有百分之十五的差额。']);
  });

  it('starts from the paragraph the reader chose', () => {
    const engine = recorder();
    const reader = createReadAloud(engine.port);
    reader.start(part, 1);
    expect(engine.spoken.map((s) => s.text)).toEqual(['第二段只有一句，有百分之十五的差额。']);
  });

  it('without a Chinese voice says so and reads nothing', () => {
    const engine = recorder([{ name: 'en', lang: 'en-US' }]);
    const reader = createReadAloud(engine.port);
    expect(reader.start(part)).toBe(false);
    expect(reader.state).toMatchObject({ status: 'idle', message: NO_VOICE });
    expect(engine.spoken).toEqual([]);
  });

  it('pauses without losing its place and resumes the interrupted sentence', () => {
    const engine = recorder();
    const reader = createReadAloud(engine.port);
    reader.start(part);
    engine.finish();
    reader.pause();
    // The engine's late "ended" for the cancelled sentence must not move reading on.
    expect(reader.state).toMatchObject({ status: 'paused', passage: 0, sentence: 1 });
    reader.resume();
    expect(reader.state.status).toBe('reading');
    expect(engine.spoken.map((s) => s.text)).toEqual(['第一段第一句。', '第一段第二句。', '第一段第二句。']);
  });

  it('stops at once and forgets its place', () => {
    const engine = recorder();
    const reader = createReadAloud(engine.port);
    reader.start(part);
    reader.stop();
    expect(reader.state).toMatchObject({ status: 'idle', passage: -1, message: null });
    expect(engine.spoken).toHaveLength(1);
  });

  it('changes speed in steps, re-reading the current sentence at the new rate', () => {
    const engine = recorder();
    const reader = createReadAloud(engine.port);
    reader.start(part);
    reader.setRate('slower');
    reader.setRate('faster');
    expect(engine.spoken.map((s) => s.rate)).toEqual([rateOf.normal, rateOf.slower, rateOf.faster]);
    expect(rateOf.slower).toBeLessThan(1);
    expect(rateOf.faster).toBeGreaterThan(1);
    expect(reader.state).toMatchObject({ passage: 0, sentence: 0, rate: 'faster' });
  });

  it('keeps the chosen speed for the next reading', () => {
    const engine = recorder();
    const reader = createReadAloud(engine.port);
    reader.setRate('slower');
    reader.start(part);
    expect(engine.spoken[0]!.rate).toBe(rateOf.slower);
  });

  it('jumps to a tapped paragraph while reading', () => {
    const engine = recorder();
    const reader = createReadAloud(engine.port);
    reader.start(part);
    reader.jump(1);
    expect(reader.state).toMatchObject({ status: 'reading', passage: 1, sentence: 0 });
    expect(engine.spoken.at(-1)!.text).toContain('第二段');
  });

  it('ignores a jump when not reading', () => {
    const engine = recorder();
    const reader = createReadAloud(engine.port);
    reader.jump(1);
    expect(engine.spoken).toEqual([]);
  });

  it('stops with a plain message when the engine fails', () => {
    const engine = recorder();
    const reader = createReadAloud(engine.port);
    reader.start(part);
    engine.finish('failed');
    expect(reader.state).toMatchObject({ status: 'idle', message: SPEECH_FAILED });
  });
});

describe('what a screen reader is told', () => {
  const state = (status: ReadingState['status'], message: string | null = null): ReadingState => ({
    status,
    passage: 0,
    sentence: 0,
    rate: 'normal',
    message,
  });
  it('announces start, pause, resume and stop', () => {
    expect(announcement(state('idle'), state('reading'))).toBe('开始朗读。');
    expect(announcement(state('reading'), state('paused'))).toBe('朗读已暂停。');
    expect(announcement(state('paused'), state('reading'))).toBe('继续朗读。');
    expect(announcement(state('reading'), state('idle'))).toBe('朗读已停止。');
    expect(announcement(state('reading'), state('idle', FINISHED))).toBe(FINISHED);
  });
  it('says nothing when only the sentence moves on', () => {
    expect(announcement(state('reading'), { ...state('reading'), sentence: 1 })).toBeNull();
  });
});
