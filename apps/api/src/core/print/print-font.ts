import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
// subset-font (harfbuzz compiled to WebAssembly) ships no types.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const subsetFont = require('subset-font') as (
  font: Buffer,
  text: string,
  options: { targetFormat: 'truetype' },
) => Promise<Buffer>;

/** Latin with its extensions, combining marks, Vietnamese (U+1EA0–1EF9), dashes, quotes, ₫ and €. */
const RANGES: [number, number][] = [
  [0x20, 0x24f],
  [0x300, 0x36f],
  [0x1ea0, 0x1ef9],
  [0x2010, 0x2044],
  [0x20ab, 0x20ac],
  [0x2116, 0x2116],
  [0x2122, 0x2122],
];
const CHARS = RANGES.map(([a, b]) =>
  Array.from({ length: b - a + 1 }, (_, i) => String.fromCodePoint(a + i)).join(''),
).join('');

export interface PrintFonts {
  /** Base64 TrueType files, as jsPDF's virtual file system takes them. */
  regular: string;
  bold: string;
}

let fonts: Promise<PrintFonts> | null = null;

/**
 * DejaVu Sans cut down once per process to the characters a Vietnamese document uses: jsPDF parses
 * and subsets the font of every document it makes, and the whole 750 KB file made that cost most
 * of a quote's printing time. A character outside the cut prints as a blank box.
 */
export function printFonts(): Promise<PrintFonts> {
  fonts ??= (async () => {
    const dir = path.join(
      path.dirname(createRequire(__filename).resolve('dejavu-fonts-ttf/package.json')),
      'ttf',
    );
    const cut = async (file: string) =>
      (await subsetFont(await readFile(path.join(dir, file)), CHARS, { targetFormat: 'truetype' })).toString(
        'base64',
      );
    const [regular, bold] = await Promise.all([cut('DejaVuSans.ttf'), cut('DejaVuSans-Bold.ttf')]);
    return { regular, bold };
  })();
  fonts.catch(() => {
    fonts = null;
  });
  return fonts;
}
