// The read-aloud bar on a page: reads the handbook's text with the browser's speech synthesis, marks the paragraph
// being read and keeps it in view. Loaded only when a reader first presses 朗读 (see read-aloud-boot.ts).
import {
  announcement,
  createReadAloud,
  rateSteps,
  type ReadAloud,
  type ReadingState,
  type SpeechPort,
  type Voice,
} from '../lib/read-aloud/controller';
import { questionPassages } from '../lib/read-aloud/question';
import { utterances, type Utterance } from '../lib/read-aloud/utterances';
import type { Question } from '../schemas/question';

// Utterances being spoken, held so that Chrome does not garbage-collect one before its end event fires.
const inFlight = new Set<SpeechSynthesisUtterance>();

/** The browser's speech synthesis as the controller's port; without the API it has no voices. */
export function browserSpeech(): SpeechPort {
  const synth = 'speechSynthesis' in window ? window.speechSynthesis : null;
  return {
    voices: () => synth?.getVoices() ?? [],
    speak(text, { voice, rate }, done) {
      if (!synth) return done('failed');
      const utterance = new SpeechSynthesisUtterance(text);
      // The voice came from getVoices(), so it is the engine's own object.
      utterance.voice = voice as SpeechSynthesisVoice;
      utterance.lang = voice.lang;
      utterance.rate = rate;
      let settled = false;
      const settle = (outcome: 'ended' | 'failed') => {
        if (settled) return;
        settled = true;
        inFlight.delete(utterance);
        done(outcome);
      };
      utterance.onend = () => settle('ended');
      // A cancelled utterance reports 'interrupted' or 'canceled': the controller has already moved on.
      utterance.onerror = (event) => settle(event.error === 'interrupted' || event.error === 'canceled' ? 'ended' : 'failed');
      inFlight.add(utterance);
      synth.speak(utterance);
    },
    cancel: () => synth?.cancel(),
  };
}

/** Waits (briefly) for the engine's voice list: Chrome fills it in after the first call. */
export function voicesReady(): Promise<readonly Voice[]> {
  const synth = 'speechSynthesis' in window ? window.speechSynthesis : null;
  if (!synth) return Promise.resolve([]);
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const finish = () => {
      synth.removeEventListener('voiceschanged', changed);
      resolve(synth.getVoices());
    };
    const changed = () => synth.getVoices().length > 0 && finish();
    synth.addEventListener('voiceschanged', changed);
    // An engine with no voices at all never fires voiceschanged; speech-dispatcher on Linux takes a few seconds.
    setTimeout(finish, 5000);
  });
}

// The text nodes that make up a passage's words, leaving out the editorial pieces inside it (copy-link).
function textNodes(element: Element): Text[] {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('[data-editorial]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

// The DOM range of characters start…end of a passage's words, to mark the sentence being read.
function rangeOf(element: Element, start: number, end: number): Range | null {
  const range = document.createRange();
  let at = 0;
  let started = false;
  for (const node of textNodes(element)) {
    const length = node.data.length;
    if (!started && start <= at + length) {
      range.setStart(node, start - at);
      started = true;
    }
    if (started && end <= at + length) {
      range.setEnd(node, end - at);
      return range;
    }
    at += length;
  }
  return null;
}

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Keeps an element in view above the fixed read-aloud bar, scrolling only when it is not already visible. */
function keepInView(element: Element, bar: HTMLElement) {
  const box = element.getBoundingClientRect();
  const bottom = window.innerHeight - bar.getBoundingClientRect().height;
  if (box.top >= 0 && box.bottom <= bottom) return;
  element.scrollIntoView({ block: box.height > bottom ? 'start' : 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
}

const bars = new WeakMap<HTMLElement, { start(): Promise<void> }>();

/** The read-aloud of the page section that `bar` belongs to (one per bar). */
export function readAloud(bar: HTMLElement) {
  const existing = bars.get(bar);
  if (existing) return existing;

  const scope = document.querySelector(bar.dataset['readAloud'] ?? 'main') ?? document.body;
  const passages = [...scope.querySelectorAll<HTMLElement>('.part-title, [data-source] > :is(p, h2, h3)')];
  const text = (element: Element) => textNodes(element).map((n) => n.data).join('');
  const find = <T extends HTMLElement>(selector: string) => bar.querySelector<T>(selector)!;
  const startButton = find<HTMLButtonElement>('[data-read-aloud-start]');
  const controls = find<HTMLElement>('[data-read-aloud-controls]');
  const toggle = find<HTMLButtonElement>('[data-read-aloud-toggle]');
  const where = find<HTMLElement>('[data-read-aloud-where]');
  const status = find<HTMLElement>('[data-read-aloud-status]');
  const highlights = 'highlights' in CSS ? CSS.highlights : null;

  let lists: Utterance[][] = [];
  let before: ReadingState | null = null;
  let marked: HTMLElement | null = null;

  const render = (state: ReadingState) => {
    const active = state.status !== 'idle';
    // Read before anything is hidden: the browser may drop focus from a hidden button at once.
    const focused = bar.contains(document.activeElement) ? document.activeElement : null;
    bar.toggleAttribute('data-active', active);
    document.body.toggleAttribute('data-reading-aloud', active);
    controls.hidden = !active;
    startButton.hidden = active;
    toggle.textContent = state.status === 'paused' ? '继续' : '暂停';
    // The button just pressed may now be hidden (朗读 while reading, 停止 once stopped): keep focus in the bar.
    if (focused?.closest('[hidden]')) (active ? toggle : startButton).focus();
    for (const button of bar.querySelectorAll<HTMLButtonElement>('[data-read-aloud-rate]')) {
      button.setAttribute('aria-pressed', String(button.dataset['readAloudRate'] === state.rate));
    }
    const current = active ? (passages[state.passage] ?? null) : null;
    if (marked !== current) {
      marked?.removeAttribute('data-reading');
      current?.setAttribute('data-reading', '');
      if (current) keepInView(current, bar);
      marked = current;
    }
    where.textContent = current ? `第 ${state.passage + 1} 段，共 ${passages.length} 段` : '';
    const sentence = current ? lists[state.passage]?.[state.sentence] : undefined;
    const range = current && sentence ? rangeOf(current, sentence.start, sentence.end) : null;
    if (highlights) {
      if (range) highlights.set('read-aloud', new Highlight(range));
      else highlights.delete('read-aloud');
    }
    const news = before ? announcement(before, state) : null;
    if (news !== null) status.textContent = news;
    before = state;
  };

  const reader: ReadAloud = createReadAloud(browserSpeech(), render);
  before = reader.state;

  toggle.addEventListener('click', () => (reader.state.status === 'paused' ? reader.resume() : reader.pause()));
  find('[data-read-aloud-stop]').addEventListener('click', () => reader.stop());
  find('[data-read-aloud-previous]').addEventListener('click', () => reader.jump(Math.max(0, reader.state.passage - 1)));
  find('[data-read-aloud-next]').addEventListener('click', () => reader.jump(reader.state.passage + 1));
  for (const step of rateSteps) {
    bar.querySelector(`[data-read-aloud-rate="${step}"]`)?.addEventListener('click', () => reader.setRate(step));
  }
  // While reading, a tap on a paragraph reads from there; links and buttons inside it keep their own job.
  scope.addEventListener('click', (event) => {
    if (reader.state.status === 'idle') return;
    const target = event.target as Element;
    if (target.closest('a, button, input, label, [data-editorial]')) return;
    const passage = passages.findIndex((p) => p.contains(target));
    if (passage >= 0) reader.jump(passage);
  });
  window.addEventListener('pagehide', () => reader.stop());

  // Where to begin: the paragraph the address points at, else the first one on screen (the title at the top).
  const startingPassage = () => {
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    const aimed = target ? passages.findIndex((p) => p === target || p.contains(target)) : -1;
    if (aimed >= 0 && target!.getBoundingClientRect().bottom > 0) return aimed;
    const onScreen = passages.findIndex((p) => p.getBoundingClientRect().bottom > 0);
    return Math.max(0, onScreen);
  };

  const api = {
    async start() {
      await voicesReady();
      lists = passages.map((p) => utterances(text(p)));
      reader.start(lists, startingPassage());
    },
  };
  bars.set(bar, api);
  return api;
}

/**
 * Reads a quiz question and its options; `onChange` hears whether it is reading and what to announce. One question
 * is read at a time: starting another stops the first.
 */
let questionReader: ReadAloud | null = null;
export async function readQuestion(question: Question, number: number, onChange: (reading: boolean, news: string | null) => void) {
  questionReader?.stop();
  await voicesReady();
  let before: ReadingState | null = null;
  const reader = createReadAloud(browserSpeech(), (state) => {
    onChange(state.status !== 'idle', before ? announcement(before, state) : null);
    before = state;
  });
  before = reader.state;
  questionReader = reader;
  reader.start(questionPassages(question, number));
  return () => reader.stop();
}
