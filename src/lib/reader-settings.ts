/** The reader's display choices, remembered on this device. */
export const textSizes = ['standard', 'large', 'xlarge'] as const;
export const schemes = ['system', 'light', 'dark'] as const;
/** 长辈模式 (the 适老 mode of the 工信部 specifications): larger text steps, 60px tap targets, paragraph gaps. */
export const elderModes = ['off', 'on'] as const;

export type TextSize = (typeof textSizes)[number];
export type Scheme = (typeof schemes)[number];
export type ElderMode = (typeof elderModes)[number];

export interface ReaderSettings {
  textSize: TextSize;
  scheme: Scheme;
  elder: ElderMode;
}

/**
 * localStorage key, in the site's `handbook:<name>` scheme (src/lib/versioned-storage.ts lists them all; written out
 * here so that the pages' settings script stays free of the storage module). The value is JSON: { "textSize": …,
 * "scheme": …, "elder": … }, without a version: each setting is read on its own, an unknown one falls back to its default.
 */
export const settingsKey = 'handbook:reader-settings';

export const defaultSettings: ReaderSettings = { textSize: 'standard', scheme: 'system', elder: 'off' };

export const textSizeLabels: Record<TextSize, string> = { standard: '标准', large: '大', xlarge: '特大' };
export const schemeLabels: Record<Scheme, string> = { system: '跟随系统', light: '浅色', dark: '深色' };
export const elderLabels: Record<ElderMode, string> = { off: '关闭', on: '开启' };

/** The settings panel's groups of choices, in the order shown. */
export const settingGroups = [
  { name: 'elder', legend: '长辈模式', choices: elderModes.map((value) => ({ value, label: elderLabels[value] })) },
  { name: 'textSize', legend: '字号', choices: textSizes.map((value) => ({ value, label: textSizeLabels[value] })) },
  { name: 'scheme', legend: '配色', choices: schemes.map((value) => ({ value, label: schemeLabels[value] })) },
] as const satisfies readonly { name: keyof ReaderSettings; legend: string; choices: readonly { value: string; label: string }[] }[];

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

/** Reads stored settings; anything missing or malformed falls back to the default for that setting alone. */
export function parseSettings(raw: string | null): ReaderSettings {
  let value: unknown = null;
  try {
    value = raw === null ? null : JSON.parse(raw);
  } catch {
    // Corrupted storage: keep the defaults rather than fail.
  }
  const stored = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return {
    textSize: isOneOf(textSizes, stored['textSize']) ? stored['textSize'] : defaultSettings.textSize,
    scheme: isOneOf(schemes, stored['scheme']) ? stored['scheme'] : defaultSettings.scheme,
    elder: isOneOf(elderModes, stored['elder']) ? stored['elder'] : defaultSettings.elder,
  };
}
