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

for (const form of document.querySelectorAll<HTMLFormElement>('[data-reader-settings]')) {
  const settings = read();
  for (const [name, value] of Object.entries(settings)) {
    const input = form.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`);
    if (input) input.checked = true;
  }
  form.addEventListener('change', () => {
    const data = new FormData(form);
    const next = parseSettings(JSON.stringify({ textSize: data.get('textSize'), scheme: data.get('scheme') }));
    apply(next);
    try {
      localStorage.setItem(settingsKey, JSON.stringify(next));
    } catch {
      // Storage unavailable: the choice holds for this page only.
    }
  });
}
