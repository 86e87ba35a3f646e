import browserslist from 'browserslist';
import browserslistToEsbuild from 'browserslist-to-esbuild';
import { transformSync } from 'esbuild';
import { loadGuardScript } from './load-guard';
import { elderModes, schemes, settingsKey, textSizes } from './reader-settings';

/**
 * The inline script that applies the reader's text size, colour scheme and 长辈模式 before first paint, so the page never
 * flashes. It is inline because an external script would delay the first paint by a request; astro.config.mjs
 * adds its hash to the Content-Security-Policy, since Astro hashes only the scripts it bundles. It carries the load
 * guard (src/lib/load-guard.ts), which must be in place before any other script starts. Every page carries it, so it
 * is minified (esbuild, the tool Vite uses) for the browser floor (package.json's browserslist).
 */
const source = `(() => {
  const root = document.documentElement;
  root.classList.add('js');
  try {
    const saved = JSON.parse(localStorage.getItem(${JSON.stringify(settingsKey)}) || '{}') || {};
    if (${JSON.stringify(textSizes)}.includes(saved.textSize)) root.dataset.textSize = saved.textSize;
    if (${JSON.stringify(schemes)}.includes(saved.scheme)) root.dataset.scheme = saved.scheme;
    if (${JSON.stringify(elderModes)}.includes(saved.elder)) root.dataset.elder = saved.elder;
  } catch {}
})();
${loadGuardScript}`;

export const prepaintScript = transformSync(source, { minify: true, target: browserslistToEsbuild(browserslist()) }).code;
