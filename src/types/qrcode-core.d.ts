// The qrcode package's core encoder, imported on its own to keep the presenter's bundle small (see QrCode.tsx).
declare module 'qrcode/lib/core/qrcode.js' {
  export { create } from 'qrcode';
}
