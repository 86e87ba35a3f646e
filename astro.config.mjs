// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { createHash } from 'node:crypto';
import { prepaintScript } from './src/lib/prepaint.ts';
import postbuild from './src/integrations/postbuild.ts';

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
    build: {
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
            // Preact and its hooks in one file: every page with a widget loads both, and one file compresses better.
            output: { codeSplitting: { groups: [{ name: 'preact', test: /node_modules[\\/]preact[\\/]/ }] } },
          },
        },
      },
    },
  },
});
