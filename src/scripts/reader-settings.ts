// Reader settings: the settings panel and the 长辈模式 switches apply a choice at once and remember it on this device.
import { parseSettings, settingsKey, type ReaderSettings } from '../lib/reader-settings';

const root = document.documentElement;

function read(): ReaderSettings {
  try {
    return parseSettings(localStorage.getItem(settingsKey));
  } catch {
    return parseSettings(null);
  }
}

// Every control on the page shows the settings in force: the panel's radios and each 长辈模式 switch.
function show(settings: ReaderSettings) {
  for (const [name, value] of Object.entries(settings)) {
    for (const input of document.querySelectorAll<HTMLInputElement>(`[data-reader-settings] input[name="${name}"][value="${value}"]`)) {
      input.checked = true;
    }
  }
  for (const button of document.querySelectorAll('[data-elder-switch]')) {
    button.setAttribute('aria-pressed', String(settings.elder === 'on'));
  }
}

function choose(settings: ReaderSettings) {
  root.dataset['textSize'] = settings.textSize;
  root.dataset['scheme'] = settings.scheme;
  root.dataset['elder'] = settings.elder;
  show(settings);
  try {
    localStorage.setItem(settingsKey, JSON.stringify(settings));
  } catch {
    // Storage unavailable: the choice holds for this page only.
  }
}

show(read());

// The panel is not a <form>: choices apply at once, there is nothing to submit.
for (const panel of document.querySelectorAll<HTMLElement>('[data-reader-settings]')) {
  const chosen = (name: string) => panel.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
  panel.addEventListener('change', () => {
    choose(parseSettings(JSON.stringify({ textSize: chosen('textSize'), scheme: chosen('scheme'), elder: chosen('elder') })));
  });
}

for (const button of document.querySelectorAll('[data-elder-switch]')) {
  button.addEventListener('click', () => {
    const settings = read();
    choose({ ...settings, elder: settings.elder === 'on' ? 'off' : 'on' });
  });
}
