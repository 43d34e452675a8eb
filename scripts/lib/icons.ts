import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

export const ICON_SIZES = [16, 32, 48, 128] as const;

/** Render the one SVG source to the PNG sizes the manifest names. */
export async function renderIcons(svgPath: string, outDir: string): Promise<void> {
  const svg = await readFile(svgPath);
  await mkdir(outDir, { recursive: true });
  for (const size of ICON_SIZES) {
    const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
    await writeFile(resolve(outDir, `icon-${size}.png`), png);
  }
}
