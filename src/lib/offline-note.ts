/**
 * What to tell a reader whose browser cannot keep the site for reading offline (it has no service worker: WeChat
 * on iOS, some in-app WebViews, a page not served over https), or null where it can. It names the way out that
 * the reader has in that browser: WeChat's menu opens the page in the system browser.
 */
export function offlineNote(hasServiceWorker: boolean, userAgent: string): string | null {
  if (hasServiceWorker) return null;
  if (/MicroMessenger/i.test(userAgent)) {
    const open = /iPhone|iPad|iPod/i.test(userAgent) ? '在Safari中打开' : '在浏览器打开';
    return `在微信里打开时不能离线阅读。要离线使用，请点右上角“…”，选“${open}”。`;
  }
  return '这个浏览器不能把本站存下来离线阅读；用手机自带的浏览器打开本站，就能离线使用。';
}
