// Shapes that tell a judgement apart without colour (a tick, a cross, a question mark), a warning sign for notices
// and an open book for hints (a hint points to the handbook's text). Drawn once, for the quiz and the widgets alike.
const paths = {
  tick: 'M5 12.5l4.5 4.5L19 7.5',
  cross: 'M6.5 6.5l11 11M17.5 6.5l-11 11',
  question: 'M9 9.2a3 3 0 1 1 4.2 2.8c-.8.4-1.2 1-1.2 1.9v.6M12 17.6v.4',
  warning: 'M12 4l9 16H3zM12 10v4.5M12 17.3v.2',
  hint: 'M12 6.5C10 5 7 4.5 4 5v13c3-.5 6 0 8 1.5 2-1.5 5-2 8-1.5V5c-3-.5-6 0-8 1.5zM12 6.5v13',
} as const;

export type IconName = keyof typeof paths;

/** A small line icon, hidden from screen readers: the words beside it say the same. */
export function Icon({ name }: { name: IconName }) {
  return (
    <svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path d={paths[name]} fill="none" stroke="currentColor" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}
