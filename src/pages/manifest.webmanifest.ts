import type { APIRoute } from 'astro';
import { appIcons } from '../lib/app-icons';
import { site } from '../site';

/** The web app manifest: installable, opening on the home page; paths are relative so a sub-path deploy works. */
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: site.title,
      short_name: '代表选举手册',
      description: site.description,
      lang: 'zh-CN',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#fbf9f5',
      theme_color: '#a8141b',
      icons: appIcons
        .filter((icon) => icon.name !== 'apple-touch-180')
        .map((icon) => ({ src: `icons/${icon.name}.png`, sizes: `${icon.size}x${icon.size}`, type: 'image/png', purpose: icon.purpose })),
    }),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
