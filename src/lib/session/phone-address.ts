/**
 * Whether a page address's host is this machine only (localhost, 127.x, ::1): a QR code pointing there opens
 * nothing on a phone.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return host === 'localhost' || host.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(host) || host === '::1';
}

/** The query parameter by which `npm run start:lan` tells the presenter the address phones use. */
export const phonesParameter = 'phones';

/**
 * The address a phone should open for a site-relative `path`, seen from the presenter's page `page`: on the page's
 * own origin, or on the origin named by ?phones= (the laptop's LAN address while the presenter itself stays on the
 * loopback address, where it may use the camera). `loopback` says whether no phone could open it.
 */
export function phoneAddress(path: string, page: URL): { address: string; loopback: boolean } {
  let origin = page.origin;
  const given = page.searchParams.get(phonesParameter);
  if (given) {
    try {
      const url = new URL(given);
      if (url.protocol === 'http:' || url.protocol === 'https:') origin = url.origin;
    } catch {
      // Not an address: the page's own origin stands.
    }
  }
  const address = new URL(path, origin).href;
  return { address, loopback: isLoopbackHost(new URL(address).hostname) };
}
