/** Shows a short confirmation in the page's polite live region, then clears it. */
let timer: ReturnType<typeof setTimeout> | undefined;

export function toast(message: string) {
  const region = document.querySelector<HTMLElement>('[data-toast]');
  if (!region) return;
  region.textContent = message;
  clearTimeout(timer);
  timer = setTimeout(() => (region.textContent = ''), 3000);
}

/** Shows `message` once the region is free, so that a note the reader did not ask for never replaces one they did. */
export function toastWhenFree(message: string) {
  const region = document.querySelector<HTMLElement>('[data-toast]');
  if (region?.textContent) setTimeout(() => toastWhenFree(message), 3500);
  else toast(message);
}
