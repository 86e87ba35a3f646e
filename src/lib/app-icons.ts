/** The app icons generated from src/assets/icon.svg at build time (src/pages/icons/[icon].png.ts). */
export const appIcons = [
  { name: 'icon-192', size: 192, purpose: 'any' },
  { name: 'icon-512', size: 512, purpose: 'any' },
  { name: 'maskable-512', size: 512, purpose: 'maskable' },
  { name: 'apple-touch-180', size: 180, purpose: 'any' },
] as const;
