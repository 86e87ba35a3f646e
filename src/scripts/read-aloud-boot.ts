// The only read-aloud code a page loads at first: the reading itself is imported on the first press of 朗读.
export function bootReadAloud() {
  for (const bar of document.querySelectorAll<HTMLElement>('[data-read-aloud]')) {
    const start = bar.querySelector<HTMLButtonElement>('[data-read-aloud-start]');
    // Asking for the voice list (which speaks nothing) as the finger or focus arrives lets slow engines load theirs.
    const warm = () => 'speechSynthesis' in window && window.speechSynthesis.getVoices();
    start?.addEventListener('pointerdown', warm, { once: true });
    start?.addEventListener('focus', warm, { once: true });
    start?.addEventListener('click', async () => {
      const { readAloud } = await import('./read-aloud');
      readAloud(bar).start();
    });
  }
}
