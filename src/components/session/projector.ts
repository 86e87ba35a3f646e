import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';

/**
 * Whether the projector view is in full screen, and a way to put `ref`'s element there or back (the Fullscreen API,
 * where the browser has one; undefined where not).
 */
export function useFullScreen(ref: RefObject<HTMLElement>): [boolean, (() => void) | undefined] {
  const [on, setOn] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    const follow = () => setOn(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', follow);
    return () => document.removeEventListener('fullscreenchange', follow);
  }, []);
  if (!document.fullscreenEnabled) return [on, undefined];
  const toggle = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void ref.current?.requestFullscreen().catch(() => undefined);
  };
  return [on, toggle];
}

/** The smallest the type may shrink to, as a share of its usual size. */
const smallest = 0.45;

/** Room left at the foot of the screen, in CSS pixels. */
const footRoom = 8;

/**
 * Shrinks the type of `ref`'s element (through --fit, which its font size is multiplied by) until the element is no
 * taller than the window, so that a long question with its answer still fits one screen; the page keeps the element
 * at the top of the window. Measured again whenever `key` changes and when the window is resized.
 */
export function useFit(ref: RefObject<HTMLElement>, key: string): void {
  const [size, setSize] = useState(0);
  useEffect(() => {
    const resized = () => setSize((n) => n + 1);
    addEventListener('resize', resized);
    return () => removeEventListener('resize', resized);
  }, []);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    let fit = 1;
    element.style.setProperty('--fit', '1');
    while (element.getBoundingClientRect().height > innerHeight - footRoom && fit > smallest) {
      fit = Math.round((fit - 0.05) * 100) / 100;
      element.style.setProperty('--fit', String(fit));
    }
  }, [key, size]);
}
