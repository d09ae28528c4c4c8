import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { deflateSync } from 'node:zlib';
import { jsPDF } from 'jspdf';
import { writeChunk } from './stream-write';

interface FontMetrics {
  ttf: Buffer;
  glyph: (code: number) => number;
  width: (gid: number) => number;
  bbox: number[];
  ascent: number;
  descent: number;
  capHeight: number;
  stemV: number;
}

let metrics: FontMetrics | null = null;

/**
 * DejaVu Sans (covers Vietnamese), read once. jsPDF's TrueType parser gives the glyph ids and
 * advance widths (in 1/1000 em); the PDF itself is written by `PdfStreamWriter`, page by page.
 */
function font(): FontMetrics {
  if (!metrics) {
    const dir = path.dirname(createRequire(__filename).resolve('dejavu-fonts-ttf/package.json'));
    const ttf = readFileSync(path.join(dir, 'ttf', 'DejaVuSans.ttf'));
    const doc = new jsPDF();
    doc.addFileToVFS('DejaVuSans.ttf', ttf.toString('base64'));
    doc.addFont('DejaVuSans.ttf', 'DejaVuSans', 'normal');
    doc.setFont('DejaVuSans', 'normal');
    const md = doc.getFont().metadata as {
      characterToGlyph: (c: number) => number;
      widthOfGlyph: (g: number) => number;
      bbox: number[];
      ascender: number;
      decender: number;
      capHeight: number;
      stemV: number;
    };
    metrics = {
      ttf,
      glyph: (c) => md.characterToGlyph(c),
      width: (g) => md.widthOfGlyph(g),
      bbox: md.bbox,
      ascent: md.ascender,
      descent: md.decender,
      capHeight: md.capHeight,
      stemV: md.stemV,
    };
  }
  return metrics;
}

const CATALOG = 1;
const PAGES = 2;
const FONT = 3;
const CID_FONT = 4;
const DESCRIPTOR = 5;
const FONT_FILE = 6;
const TO_UNICODE = 7;

/**
 * A PDF written as it is drawn: each finished page goes out at once (memory stays flat however
 * many pages), with one embedded TrueType font as Identity-H (text extracts exactly, e.g. with
 * pdftotext). Coordinates are in points from the top-left corner.
 */
export class PdfStreamWriter {
  private offset = 0;
  private readonly offsets: number[] = [];
  private readonly pages: number[] = [];
  private nextObject = 8;
  private content: string[] = [];
  private readonly used = new Map<number, number>();
  private readonly chars = new Map<number, [number, number]>();
  private readonly f = font();

  constructor(
    private readonly out: Writable,
    readonly width: number,
    readonly height: number,
  ) {}

  async begin(): Promise<void> {
    await this.write('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n');
  }

  /** Width of `text` in points at `size`. */
  textWidth(text: string, size: number): number {
    let w = 0;
    for (const ch of text) {
      w += this.glyph(ch.codePointAt(0)!)[1];
    }
    return (w * size) / 1000;
  }

  /** `text` cut with "…" to fit `max` points. */
  fit(text: string, size: number, max: number): string {
    if (this.textWidth(text, size) <= max) {
      return text;
    }
    const chars = [...text];
    while (chars.length > 0 && this.textWidth(`${chars.join('')}…`, size) > max) {
      chars.pop();
    }
    return `${chars.join('')}…`;
  }

  text(text: string, x: number, y: number, size: number): void {
    let hex = '';
    for (const ch of text) {
      hex += this.glyph(ch.codePointAt(0)!)[0].toString(16).padStart(4, '0');
    }
    this.content.push(`BT /F1 ${size} Tf ${n(x)} ${n(this.height - y)} Td <${hex}> Tj ET`);
  }

  fillRect(x: number, y: number, w: number, h: number, gray: number): void {
    this.content.push(`${gray} g ${n(x)} ${n(this.height - y - h)} ${n(w)} ${n(h)} re f 0 g`);
  }

  line(x1: number, y1: number, x2: number, y2: number, gray: number): void {
    this.content.push(
      `${gray} G 0.3 w ${n(x1)} ${n(this.height - y1)} m ${n(x2)} ${n(this.height - y2)} l S`,
    );
  }

  /** Writes the current page out and starts a new one. */
  async endPage(): Promise<void> {
    const stream = deflateSync(Buffer.from(this.content.join('\n'), 'latin1'));
    this.content = [];
    const contentId = this.nextObject++;
    const pageId = this.nextObject++;
    await this.object(contentId, `<< /Length ${stream.length} /Filter /FlateDecode >>`, stream);
    await this.object(
      pageId,
      `<< /Type /Page /Parent ${PAGES} 0 R /MediaBox [0 0 ${this.width} ${this.height}] ` +
        `/Resources << /Font << /F1 ${FONT} 0 R >> >> /Contents ${contentId} 0 R >>`,
    );
    this.pages.push(pageId);
  }

  /** The font, the page tree, the cross-reference table; ends the stream. */
  async finish(): Promise<void> {
    if (this.content.length > 0 || this.pages.length === 0) {
      await this.endPage();
    }
    const f = this.f;
    const gids = [...this.used.keys()].sort((a, b) => a - b);
    await this.object(CATALOG, `<< /Type /Catalog /Pages ${PAGES} 0 R >>`);
    await this.object(
      PAGES,
      `<< /Type /Pages /Count ${this.pages.length} /Kids [${this.pages.map((p) => `${p} 0 R`).join(' ')}] >>`,
    );
    await this.object(
      FONT,
      `<< /Type /Font /Subtype /Type0 /BaseFont /DejaVuSans /Encoding /Identity-H ` +
        `/DescendantFonts [${CID_FONT} 0 R] /ToUnicode ${TO_UNICODE} 0 R >>`,
    );
    const widths = gids.map((g) => `${g} [${Math.round(f.width(g))}]`).join(' ');
    await this.object(
      CID_FONT,
      `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /DejaVuSans ` +
        `/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> ` +
        `/FontDescriptor ${DESCRIPTOR} 0 R /CIDToGIDMap /Identity /DW 600 /W [${widths}] >>`,
    );
    await this.object(
      DESCRIPTOR,
      `<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [${f.bbox.join(' ')}] ` +
        `/ItalicAngle 0 /Ascent ${f.ascent} /Descent ${f.descent} /CapHeight ${f.capHeight} ` +
        `/StemV ${f.stemV} /FontFile2 ${FONT_FILE} 0 R >>`,
    );
    const ttf = deflateSync(f.ttf);
    await this.object(
      FONT_FILE,
      `<< /Length ${ttf.length} /Length1 ${f.ttf.length} /Filter /FlateDecode >>`,
      ttf,
    );
    const cmap = toUnicodeCMap(gids.map((g) => [g, this.used.get(g)!]));
    await this.object(TO_UNICODE, `<< /Length ${cmap.length} >>`, cmap);
    const count = this.nextObject;
    const xrefAt = this.offset;
    const rows = ['0000000000 65535 f '];
    for (let i = 1; i < count; i++) {
      rows.push(`${String(this.offsets[i] ?? 0).padStart(10, '0')} 00000 n `);
    }
    await this.write(
      `xref\n0 ${count}\n${rows.join('\n')}\ntrailer\n<< /Size ${count} /Root ${CATALOG} 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`,
    );
    this.out.end();
  }

  private glyph(code: number): [number, number] {
    let g = this.chars.get(code);
    if (!g) {
      const gid = this.f.glyph(code) || 0;
      g = [gid, this.f.width(gid)];
      this.chars.set(code, g);
      if (gid && !this.used.has(gid)) {
        this.used.set(gid, code);
      }
    }
    return g;
  }

  private async object(id: number, dict: string, stream?: Buffer): Promise<void> {
    this.offsets[id] = this.offset;
    await this.write(`${id} 0 obj\n${dict}\n`);
    if (stream) {
      await this.write('stream\n');
      await this.write(stream);
      await this.write('\nendstream\n');
    }
    await this.write('endobj\n');
  }

  private write(data: string | Buffer): Promise<void> {
    const buf = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
    this.offset += buf.length;
    return writeChunk(this.out, buf);
  }
}

const n = (v: number) => (Math.round(v * 100) / 100).toString();

function toUnicodeCMap(pairs: [number, number][]): Buffer {
  const hex4 = (v: number) => v.toString(16).padStart(4, '0');
  const utf16 = (code: number) =>
    code > 0xffff
      ? hex4(0xd800 + ((code - 0x10000) >> 10)) + hex4(0xdc00 + ((code - 0x10000) & 0x3ff))
      : hex4(code);
  const blocks: string[] = [];
  for (let i = 0; i < pairs.length; i += 100) {
    const chunk = pairs.slice(i, i + 100);
    blocks.push(
      `${chunk.length} beginbfchar\n${chunk.map(([g, c]) => `<${hex4(g)}> <${utf16(c)}>`).join('\n')}\nendbfchar`,
    );
  }
  return Buffer.from(
    `/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n` +
      `/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n` +
      `/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n` +
      `1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n${blocks.join('\n')}\nendcmap\n` +
      `CMapName currentdict /CMap defineresource pop\nend\nend\n`,
    'latin1',
  );
}
