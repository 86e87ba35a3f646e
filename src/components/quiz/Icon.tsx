// Shapes that tell right from wrong without colour: a tick, a cross; and a warning sign for notices.
const paths = {
  right: 'M5 12.5l4.5 4.5L19 7.5',
  wrong: 'M6.5 6.5l11 11M17.5 6.5l-11 11',
  warning: 'M12 4l9 16H3zM12 10v4.5M12 17.3v.2',
} as const;

/** A small line icon, hidden from screen readers: the words beside it say the same. */
export function Icon({ name }: { name: keyof typeof paths }) {
  return (
    <svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path d={paths[name]} fill="none" stroke="currentColor" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}
