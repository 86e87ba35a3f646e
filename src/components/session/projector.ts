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

/** Room left below the fitted element for a row of buttons, in CSS pixels. */
const footRoom = 96;

/**
 * Shrinks the type of `ref`'s element (through --fit, which its font size is multiplied by) until the element and a
 * row of buttons fit in the window below its top, so that a long question with its answer still fits one screen.
 * Measured again whenever `key` changes and when the window is resized.
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
    // As high up the window as the page lets it go (a short page cannot scroll the site's header away).
    element.scrollIntoView({ block: 'start' });
    const room = innerHeight - Math.max(0, element.getBoundingClientRect().top) - footRoom;
    while (element.getBoundingClientRect().height > room && fit > smallest) {
      fit = Math.round((fit - 0.05) * 100) / 100;
      element.style.setProperty('--fit', String(fit));
    }
  }, [key, size]);
}
