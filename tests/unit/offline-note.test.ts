import { describe, expect, it } from 'vitest';
import { offlineNote } from '../../src/lib/offline-note';

const iosWeChat =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN';
const androidWeChat =
  'Mozilla/5.0 (Linux; Android 12; V2134A) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/111.0.5563.116 Mobile Safari/537.36 XWEB/5279 MMWEBSDK/20230805 MicroMessenger/8.0.42.2460(0x28002A3B) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';

describe('the note where the site cannot be kept offline', () => {
  it('says nothing where a service worker can keep the site', () => {
    expect(offlineNote(true, iosWeChat)).toBeNull();
  });
  it('in WeChat on an iPhone, points to 在Safari中打开 in its menu', () => {
    expect(offlineNote(false, iosWeChat)).toBe('在微信里打开时不能离线阅读。要离线使用，请点右上角“…”，选“在Safari中打开”。');
  });
  it('in WeChat on Android, points to 在浏览器打开', () => {
    expect(offlineNote(false, androidWeChat)).toContain('选“在浏览器打开”');
  });
  it('elsewhere, suggests the system browser', () => {
    expect(offlineNote(false, 'Mozilla/5.0 (Linux; Android 10) SomeWebView')).toContain('用手机自带的浏览器打开本站');
  });
});
