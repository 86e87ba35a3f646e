// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';

// A fully static site: every page is prerendered, and nothing is fetched from another origin.
export default defineConfig({
  base: process.env.SITE_BASE ?? '/',
  trailingSlash: 'always',
  integrations: [mdx(), preact()],
  build: { format: 'directory' },
  vite: {
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
