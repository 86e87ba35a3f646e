import { describe, expect, it } from 'vitest';
import { defaultSettings, parseSettings } from '../../src/lib/reader-settings';

describe('reader settings read back from storage', () => {
  it('restores a stored text size and colour scheme', () => {
    expect(parseSettings('{"textSize":"xlarge","scheme":"dark"}')).toEqual({ textSize: 'xlarge', scheme: 'dark', elder: 'off' });
  });
  it('falls back to the defaults when nothing is stored', () => {
    expect(parseSettings(null)).toEqual(defaultSettings);
  });
  it('falls back to the defaults when the stored value is not JSON', () => {
    expect(parseSettings('{oops')).toEqual(defaultSettings);
  });
  it('keeps a valid setting when the other one is unknown', () => {
    expect(parseSettings('{"textSize":"huge","scheme":"light"}')).toEqual({ textSize: 'standard', scheme: 'light', elder: 'off' });
  });
  it('ignores a stored value that is not an object', () => {
    expect(parseSettings('"large"')).toEqual(defaultSettings);
  });
});

describe('长辈模式 read back from storage', () => {
  it('restores the elder mode alongside the other settings', () => {
    expect(parseSettings('{"textSize":"large","scheme":"system","elder":"on"}')).toEqual({ textSize: 'large', scheme: 'system', elder: 'on' });
  });
  it('is off for settings stored before it existed', () => {
    expect(parseSettings('{"textSize":"large","scheme":"dark"}').elder).toBe('off');
  });
  it('is off when the stored value is unknown', () => {
    expect(parseSettings('{"elder":true}').elder).toBe('off');
  });
});
