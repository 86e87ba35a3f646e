// Which Chromium the tests and benchmarks drive: Debian's where present (Playwright cannot download its own browser
// here), or a path from CHROMIUM_PATH; elsewhere Playwright's own browser (undefined).
import { existsSync } from 'node:fs';

export const chromiumPath: string | undefined = process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Flags for a headless run as root on a shared machine, with nothing fetched beyond the site. */
export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
