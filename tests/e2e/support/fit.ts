import type { Page } from '@playwright/test';

/** Elements whose box crosses the left or right edge of the viewport (inside a scrolling box, that box's job). */
export const outside = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (el.closest('.visually-hidden, .skip-link, svg')) continue;
      if (getComputedStyle(el).clipPath.startsWith('inset')) continue;
      // Inside a box that scrolls or clips sideways, only the box itself must fit.
      let parent = el.parentElement;
      let clipped = false;
      while (parent && parent !== document.body) {
        const overflow = getComputedStyle(parent).overflowX;
        if (overflow !== 'visible') {
          clipped = true;
          break;
        }
        parent = parent.parentElement;
      }
      if (clipped) continue;
      if (box.left < -0.5 || box.right > width + 0.5) {
        found.push(`${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]} ${Math.round(box.left)}…${Math.round(box.right)} of ${width}`);
      }
    }
    return [...new Set(found)].slice(0, 10);
  });

/**
 * Pairs of visible controls whose boxes overlap, one line box at a time (a link that wraps has a box per line):
 * text set so large that a button runs into its neighbour. A control inside another (an input in its label) is not
 * an overlap; copy-links show on hover or focus only and are left out.
 */
export const overlappingControls = (page: Page) =>
  page.evaluate(() => {
    const controls = [...document.querySelectorAll<HTMLElement>('a[href], button, summary, input, select, textarea')].filter(
      (el) => !el.matches('[data-copy-link], .skip-link') && el.checkVisibility({ visibilityProperty: true, opacityProperty: true }),
    );
    const boxes = controls.map((el) => [...el.getClientRects()].filter((r) => r.width > 0 && r.height > 0));
    const name = (el: HTMLElement) => `${el.tagName.toLowerCase()} “${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 10)}”`;
    const found: string[] = [];
    for (let i = 0; i < controls.length; i++) {
      for (let j = i + 1; j < controls.length; j++) {
        const [a, b] = [controls[i]!, controls[j]!];
        if (a.contains(b) || b.contains(a) || a.closest('label')?.contains(b)) continue;
        const hit = boxes[i]!.some((p) => boxes[j]!.some((q) => p.left < q.right - 1 && q.left < p.right - 1 && p.top < q.bottom - 1 && q.top < p.bottom - 1));
        if (hit) found.push(`${name(a)} × ${name(b)}`);
      }
    }
    return found.slice(0, 10);
  });
