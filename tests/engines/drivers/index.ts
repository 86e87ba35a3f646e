import { chromium109, currentChromium } from './chromium';
import { firefox } from './firefox';
import { webkit } from './webkit';

/** The reference engine: the others' colours and sizes are compared with it. */
export const reference = currentChromium;

/** The floor's engines; ENGINES=firefox-esr,webkitgtk runs some of them only. */
export const engines = [chromium109, firefox, webkit].filter(
  (engine) => !process.env['ENGINES'] || process.env['ENGINES'].split(',').includes(engine.name),
);
