import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { appIcons } from '../../lib/app-icons';
import iconSvg from '../../assets/icon.svg?raw';

export const getStaticPaths = (() => appIcons.map((icon) => ({ params: { icon: icon.name }, props: { size: icon.size } }))) satisfies GetStaticPaths;

/** Rasterises the icon SVG at the size the manifest asks for. */
export const GET: APIRoute = async ({ props }) => {
  const png = await sharp(Buffer.from(iconSvg)).resize(props['size'] as number).png().toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
