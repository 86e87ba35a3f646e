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
});
