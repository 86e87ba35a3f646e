// Reader settings panel: applies a choice at once and remembers it on this device.
import { parseSettings, settingsKey, type ReaderSettings } from '../lib/reader-settings';

const root = document.documentElement;

function read(): ReaderSettings {
  try {
    return parseSettings(localStorage.getItem(settingsKey));
  } catch {
    return parseSettings(null);
  }
}

function apply(settings: ReaderSettings) {
  root.dataset['textSize'] = settings.textSize;
  root.dataset['scheme'] = settings.scheme;
}

// The panel is not a <form>: choices apply at once, there is nothing to submit.
for (const panel of document.querySelectorAll<HTMLElement>('[data-reader-settings]')) {
  const settings = read();
  for (const [name, value] of Object.entries(settings)) {
    const input = panel.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`);
    if (input) input.checked = true;
  }
  const chosen = (name: string) => panel.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
  panel.addEventListener('change', () => {
    const next = parseSettings(JSON.stringify({ textSize: chosen('textSize'), scheme: chosen('scheme') }));
    apply(next);
    try {
      localStorage.setItem(settingsKey, JSON.stringify(next));
    } catch {
      // Storage unavailable: the choice holds for this page only.
    }
  });
}
