// The production security headers, written once and emitted in the two forms servers read:
// a `_headers` file for static hosts (also applied by scripts/serve.mjs), and an nginx snippet
// (build/nginx/headers.conf, included by deploy/nginx/handbook/site.conf). Written by postbuild.ts.

/** The Content-Security-Policy header: the site's own origin only; 'wasm-unsafe-eval' lets Pagefind run WebAssembly. */
export function headerPolicy({ scriptHashes, styleHashes }: { scriptHashes: string[]; styleHashes: string[] }) {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.join(' ')}`.trim(),
    `style-src 'self' ${styleHashes.join(' ')}`.trim(),
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The one page that may use the camera, relative to the base: the presenter, which scans the phones' results. */
export const cameraPage = 'quiz/present/';

/** Powerful features are denied; `camera` is `()` (nowhere) or `(self)` (this site, on the camera page only). */
const permissionsPolicy = (camera: string) => `camera=${camera}, microphone=(), geolocation=(), payment=(), usb=()`;

/** Every header every response carries. Strict-Transport-Security is here rather than in the server block
 * because nginx drops a server's add_header lines in every location with its own; browsers ignore it over plain
 * HTTP, so it is harmless there. Two years, the Observatory's and the HSTS preload list's recommendation; no
 * includeSubDomains, since the site cannot know what else runs under its domain. */
export const securityHeaders = (policy: string, camera = '()') => ({
  'Content-Security-Policy': policy,
  'Strict-Transport-Security': 'max-age=63072000',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': permissionsPolicy(camera),
  'Cross-Origin-Opener-Policy': 'same-origin',
});

/**
 * `_headers` for static hosts: the security headers everywhere, the camera allowed on the camera page, a year's
 * caching for content-hashed files. Hosts that join the values of two matching rules still end with camera=(self)
 * there, since a repeated key in a Permissions-Policy takes its last value.
 */
export function staticHostHeaders(policy: string, base: string) {
  const lines = Object.entries(securityHeaders(policy)).map(([k, v]) => `  ${k}: ${v}`);
  return (
    `${base}*\n${lines.join('\n')}\n\n` +
    `${base}${cameraPage}*\n  Permissions-Policy: ${permissionsPolicy('(self)')}\n\n` +
    `${base}_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n`
  );
}

/**
 * The nginx form: one add_header line each, `always` so that 404 pages carry them too. The camera's allow-list is
 * the variable $handbook_camera, which deploy/nginx/handbook/site.conf sets: `()`, and `(self)` on the camera page.
 */
export const nginxHeaders = (policy: string) =>
  Object.entries(securityHeaders(policy, '$handbook_camera'))
    .map(([k, v]) => `add_header ${k} "${v}" always;`)
    .join('\n') + '\n';
