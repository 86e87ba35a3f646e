// The Mozilla HTTP Observatory's scoring rules (developer.mozilla.org/en-US/observatory/docs/tests_and_scoring),
// applied to headers this test has read from the server: start at 100, subtract the penalties, and add the bonuses
// only if the result is 90 or more. Only the rules that can apply to a static site are here; CORP is left out
// (the site sends none, and its bonus is not needed for A+).

export interface Scan {
  /** The answer to http://host/ (before following redirects). */
  http: { status: number; location?: string | undefined };
  /** The final answer at the site's address, its URL, headers (lower-case names) and body. */
  final: { url: string; headers: Record<string, string>; body: string };
}

export interface Modifier {
  test: string;
  result: string;
  modifier: number;
}

const directives = (policy: string) =>
  new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!.toLowerCase(), values]));

function csp(policy: string | undefined): Modifier {
  if (!policy) return { test: 'csp', result: 'csp-not-implemented', modifier: -25 };
  const d = directives(policy);
  const fallback = d.get('default-src');
  const script = d.get('script-src') ?? fallback;
  const object = d.get('object-src') ?? fallback;
  const broad = (values: string[]) => values.some((v) => ["'unsafe-inline'", 'data:', 'https:', 'http:', '*'].includes(v.toLowerCase()));
  if (!script || !object || broad(script) || broad(object)) return { test: 'csp', result: 'csp-implemented-with-unsafe-inline', modifier: -20 };
  if (script.includes("'unsafe-eval'")) return { test: 'csp', result: 'csp-implemented-with-unsafe-eval', modifier: -10 };
  if (fallback?.length === 1 && fallback[0] === "'none'") return { test: 'csp', result: 'csp-implemented-with-no-unsafe-default-src-none', modifier: 10 };
  return { test: 'csp', result: 'csp-implemented-with-no-unsafe', modifier: 5 };
}

function hsts(scan: Scan): Modifier {
  if (!scan.final.url.startsWith('https:')) return { test: 'hsts', result: 'hsts-not-implemented-no-https', modifier: -20 };
  const header = scan.final.headers['strict-transport-security'];
  if (!header) return { test: 'hsts', result: 'hsts-not-implemented', modifier: -20 };
  const maxAge = header.match(/max-age=(\d+)/i);
  if (!maxAge) return { test: 'hsts', result: 'hsts-header-invalid', modifier: -20 };
  return Number(maxAge[1]) >= 15768000
    ? { test: 'hsts', result: 'hsts-implemented-max-age-at-least-six-months', modifier: 0 }
    : { test: 'hsts', result: 'hsts-implemented-max-age-less-than-six-months', modifier: -10 };
}

function redirection(scan: Scan, host: string): Modifier {
  const { status, location } = scan.http;
  if (status < 300 || status > 399 || !location) return { test: 'redirection', result: 'redirection-missing', modifier: -20 };
  const first = new URL(location, `http://${host}/`);
  if (first.protocol !== 'https:') return { test: 'redirection', result: 'redirection-not-to-https-on-initial-redirection', modifier: -10 };
  if (first.hostname !== host) return { test: 'redirection', result: 'redirection-off-host-from-http', modifier: -5 };
  return { test: 'redirection', result: 'redirection-to-https', modifier: 0 };
}

function referrer(value: string | undefined): Modifier {
  const last = value?.split(',').map((v) => v.trim().toLowerCase()).at(-1);
  if (!last) return { test: 'referrer-policy', result: 'referrer-policy-not-implemented', modifier: 0 };
  if (['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'].includes(last)) return { test: 'referrer-policy', result: 'referrer-policy-private', modifier: 5 };
  if (['origin', 'origin-when-cross-origin', 'unsafe-url'].includes(last)) return { test: 'referrer-policy', result: 'referrer-policy-unsafe', modifier: -5 };
  return { test: 'referrer-policy', result: 'referrer-policy-header-invalid', modifier: -5 };
}

function subresourceIntegrity(body: string, origin: string): Modifier {
  const sources = [...body.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => new URL(m[1]!, origin));
  if (sources.length === 0) return { test: 'sri', result: 'sri-not-implemented-but-no-scripts-loaded', modifier: 0 };
  if (sources.every((s) => s.origin === origin)) return { test: 'sri', result: 'sri-not-implemented-but-all-scripts-loaded-from-secure-origin', modifier: 0 };
  return { test: 'sri', result: 'sri-not-implemented-but-external-scripts-loaded-securely', modifier: -5 };
}

export function observatory(scan: Scan): { score: number; grade: string; modifiers: Modifier[] } {
  const url = new URL(scan.final.url);
  const h = scan.final.headers;
  const policy = h['content-security-policy'];
  const modifiers: Modifier[] = [
    h['set-cookie'] ? { test: 'cookies', result: 'cookies-present (not scored here)', modifier: -20 } : { test: 'cookies', result: 'cookies-not-found', modifier: 0 },
    h['access-control-allow-origin'] === '*'
      ? { test: 'cors', result: 'cross-origin-resource-sharing-implemented-with-universal-access', modifier: -50 }
      : { test: 'cors', result: 'cross-origin-resource-sharing-not-implemented', modifier: 0 },
    csp(policy),
    hsts(scan),
    redirection(scan, url.hostname),
    referrer(h['referrer-policy']),
    subresourceIntegrity(scan.final.body, url.origin),
    h['x-content-type-options']?.toLowerCase() === 'nosniff'
      ? { test: 'x-content-type-options', result: 'x-content-type-options-nosniff', modifier: 0 }
      : { test: 'x-content-type-options', result: 'x-content-type-options-not-implemented', modifier: -5 },
    policy && directives(policy).has('frame-ancestors')
      ? { test: 'x-frame-options', result: 'x-frame-options-implemented-via-csp', modifier: 5 }
      : /^(deny|sameorigin)$/i.test(h['x-frame-options'] ?? '')
        ? { test: 'x-frame-options', result: 'x-frame-options-sameorigin-or-deny', modifier: 0 }
        : { test: 'x-frame-options', result: 'x-frame-options-not-implemented', modifier: -20 },
  ];
  const base = Math.max(0, 100 + modifiers.filter((m) => m.modifier < 0).reduce((sum, m) => sum + m.modifier, 0));
  const score = base >= 90 ? base + modifiers.filter((m) => m.modifier > 0).reduce((sum, m) => sum + m.modifier, 0) : base;
  const grades: [number, string][] = [[100, 'A+'], [90, 'A'], [85, 'A-'], [80, 'B+'], [70, 'B'], [65, 'B-'], [60, 'C+'], [50, 'C'], [45, 'C-'], [40, 'D+'], [30, 'D'], [25, 'D-'], [0, 'F']];
  return { score, grade: grades.find(([min]) => score >= min)![1], modifiers };
}
