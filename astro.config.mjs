// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { createHash } from 'node:crypto';
import browserslist from 'browserslist';
import browserslistToEsbuild from 'browserslist-to-esbuild';
import { browserslistToTargets } from 'lightningcss';
import { prepaintScript } from './src/lib/prepaint.ts';
import postbuild from './src/integrations/postbuild.ts';

// The browser floor is package.json's "browserslist" (README, "Which browsers"): Lightning CSS lowers the CSS for it
// (light-dark(), nesting, colour functions) and Vite lowers the JavaScript syntax; newer browsers run the same output.
const floor = browserslist();

const sha256 = (/** @type {string} */ text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

const base = process.env['SITE_BASE'] ?? '/';

// A fully static site: every page is prerendered, and nothing is fetched from another origin.
export default defineConfig({
  base,
  trailingSlash: 'always',
  // postbuild: the search index, the service worker and the security headers, after the pages are written. The nginx
  // snippet is the root build's (deploy/nginx/); a sub-path build writes only its own _headers.
  integrations: [mdx(), preact(), postbuild({ nginxHeaders: base === '/' ? 'build/nginx/headers.conf' : undefined })],
  build: { format: 'directory' },
  // The handbook has no code to highlight, and Shiki's inline styles would need 'unsafe-inline' under the CSP.
  markdown: { syntaxHighlight: false },
  security: {
    // Astro hashes its own scripts and styles into a per-page policy; the one inline script of ours is added here.
    // Pagefind compiles WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [/** @type {`sha256-${string}`} */ (sha256(prepaintScript))],
      },
    },
  },
  vite: {
    css: { transformer: 'lightningcss', lightningcss: { targets: browserslistToTargets(floor) } },
    build: {
      target: browserslistToEsbuild(floor),
      cssMinify: 'lightningcss',
      rolldownOptions: {
        // Astro marks each MDX module "use astro:head-inject" for its own head propagation, and the bundler warns,
        // once per part, that it cannot keep that directive; Astro does not need it kept (withastro/astro#18087,
        // open). The site's own code has no module-level directives, so this check has nothing else to report.
        checks: { moduleLevelDirective: false },
      },
    },
    environments: {
      client: {
        build: {
          rolldownOptions: {
            // Fewer, larger files where every page that loads one loads the others too, since each file is compressed
            // on its own (README, Size budgets): Preact, its hooks and the icons, for every page with islands; every
            // page's start-up module (src/scripts/page.ts, with what it imports) with Vite's preload helper and the
            // offline copy's names, which the bundler would otherwise put in two more files that every page loads.
            output: {
              codeSplitting: {
                groups: [
                  { name: 'preact', test: /node_modules[\\/]preact[\\/]|src[\\/]components[\\/]Icon\./, priority: 2 },
                  { name: 'page', test: /preload-helper|src[\\/]lib[\\/]offline-copy\.|src[\\/]scripts[\\/]page\./, priority: 1 },
                ],
              },
            },
          },
        },
      },
    },
  },
});
