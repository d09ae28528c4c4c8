import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';

/**
 * The first sheet of an .xlsx read as rows of raw cells, for the import (issue 18). exceljs's
 * streaming reader builds a row object, a cell object and its style for every cell, and its XML
 * parser reports every tag as an event object: that was 2.5 s of a 100,000-row care-card file's
 * upload. This reads the same file with a third to a half of the CPU time.
 *
 * It reads only what an import needs of SpreadsheetML: the workbook's first sheet (in the
 * workbook's own order), its shared strings, which cell styles are dates, and the 1904 date system.
 * The XML is tokenized here rather than by a general XML parser because the parts are machine
 * written and small in vocabulary (`row`, `c`, `v`, `is`, `t`, `r`, `rPh`): a tag's name and a
 * cell's `r`, `t` and `s` are all a cell needs, and a text is entity-decoded only when it holds
 * an `&`. Comments, CDATA, processing instructions and namespace prefixes (`<x:c>`) are
 * understood. Text is decoded from UTF-8 once per part, so a character whose bytes straddle two
 * chunks stays whole. Unlike exceljs it keeps every run of a rich inline string (exceljs
 * kept the last), leaves phonetic runs out, and decodes entities once (exceljs decoded `&amp;lt;`
 * to `<`).
 */

/** A cell as the sheet stores it: the engine's `Cell` is made from it by the caller. */
export type RawCell = string | number | boolean | { date: string } | null;

export interface RawRow {
  rowNo: number;
  cells: RawCell[];
}

/** Rows of a sheet chunk by chunk: `onRows` is awaited before the next chunk is read. */
export type RowsSink = (rows: RawRow[]) => Promise<void>;

/** Built-in number formats that are dates (ECMA-376 18.8.30, with the East Asian ones). */
const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** A custom number format shows a date when it has date or time letters outside quotes and brackets. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]/.test(bare);
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  if (!text.includes('&')) {
    return text;
  }
  return text.replace(ENTITY, (_, e: string) => {
    if (e[0] !== '#') {
      return NAMED[e];
    }
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a tag (its text after the name), prefixed names kept as written (`r:id`). */
export function attributesOf(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(ATTRIBUTE)) {
    out[m[1]] = decodeXml(m[2] ?? m[3]);
  }
  return out;
}

/**
 * One attribute's value in a tag's attribute text (`name` as written, prefix included), or
 * undefined: the cell's `r`, `t` and `s` are read so, without building an object per cell.
 */
export function attributeOf(text: string, name: string): string | undefined {
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(text.charCodeAt(i))) {
      i++;
    }
    const nameStart = i;
    while (i < n && text.charCodeAt(i) !== 0x3d /* = */ && !isSpace(text.charCodeAt(i))) {
      i++;
    }
    const nameStop = i;
    while (i < n && (isSpace(text.charCodeAt(i)) || text.charCodeAt(i) === 0x3d)) {
      i++;
    }
    const quote = text.charCodeAt(i);
    if (quote !== 0x22 && quote !== 0x27) {
      return undefined;
    }
    const valueEnd = text.indexOf(quote === 0x22 ? '"' : "'", i + 1);
    if (valueEnd < 0) {
      return undefined;
    }
    if (nameStop - nameStart === name.length && text.startsWith(name, nameStart)) {
      return decodeXml(text.slice(i + 1, valueEnd));
    }
    i = valueEnd + 1;
  }
  return undefined;
}

function isSpace(ch: number): boolean {
  return ch === 0x20 || ch === 0x09 || ch === 0x0a || ch === 0x0d;
}

/** What the tokenizer reports; a name is the local one (`x:c` → `c`). */
interface XmlHandler {
  open(name: string, attributes: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Text between two tags, entities decoded (CDATA as it is). */
  text(text: string): void;
}

/**
 * A streaming tokenizer of machine-written XML. Text is reported only once the tag after it has
 * arrived, so a text is never cut by a chunk boundary; `maxPending` bounds what it holds waiting
 * for the end of a text or tag.
 */
class XmlTokenizer {
  private buf = '';

  constructor(
    private readonly h: XmlHandler,
    private readonly maxPending: number,
  ) {}

  write(chunk: string): void {
    const buf = this.buf + chunk;
    const n = buf.length;
    let i = 0;
    while (i < n) {
      const lt = buf.indexOf('<', i);
      if (lt < 0) {
        break;
      }
      if (lt > i) {
        this.h.text(decodeXml(buf.slice(i, lt)));
      }
      i = lt;
      const next = buf.charCodeAt(i + 1);
      if (next === 0x21 /* ! */) {
        if (buf.startsWith('<!--', i)) {
          const end = buf.indexOf('-->', i + 4);
          if (end < 0) {
            break;
          }
          i = end + 3;
        } else if (buf.startsWith('<![CDATA[', i)) {
          const end = buf.indexOf(']]>', i + 9);
          if (end < 0) {
            break;
          }
          this.h.text(buf.slice(i + 9, end));
          i = end + 3;
        } else {
          const end = buf.indexOf('>', i);
          if (end < 0 || n - i < 9) {
            break;
          }
          i = end + 1;
        }
        continue;
      }
      if (next === 0x3f /* ? */) {
        const end = buf.indexOf('?>', i + 2);
        if (end < 0) {
          break;
        }
        i = end + 2;
        continue;
      }
      const end = tagEnd(buf, i + 1);
      if (end < 0) {
        break;
      }
      const closing = next === 0x2f; /* / */
      const selfClosing = !closing && buf.charCodeAt(end - 1) === 0x2f;
      const start = closing ? i + 2 : i + 1;
      const stop = selfClosing ? end - 1 : end;
      let nameEnd = start;
      let local = start;
      for (; nameEnd < stop; nameEnd++) {
        const ch = buf.charCodeAt(nameEnd);
        if (ch === 0x20 || ch === 0x09 || ch === 0x0a || ch === 0x0d) {
          break;
        }
        if (ch === 0x3a /* : */) {
          local = nameEnd + 1;
        }
      }
      const name = buf.slice(local, nameEnd);
      if (closing) {
        this.h.close(name);
      } else {
        this.h.open(name, nameEnd < stop ? buf.slice(nameEnd, stop) : '', selfClosing);
      }
      i = end + 1;
    }
    this.buf = buf.slice(i);
    if (this.buf.length > this.maxPending) {
      throw new PendingTooLong();
    }
  }

  /** Whatever is left must be blank: an unfinished tag or text is a broken part. */
  end(): void {
    if (this.buf.trim() !== '') {
      throw new Error('unfinished XML');
    }
  }
}

class PendingTooLong extends Error {}

/** A cell (or whatever is in its place) longer than a cell may be: its row and column (0-based). */
export class XlsxCellTooLong extends Error {
  constructor(
    readonly rowNo: number,
    readonly col: number,
  ) {
    super(`cell too long at row ${rowNo}`);
  }
}

/** The index of the `>` closing the tag whose name starts at `from`, quotes respected; -1 if not yet here. */
function tagEnd(buf: string, from: number): number {
  let quote = 0;
  for (let j = from; j < buf.length; j++) {
    const ch = buf.charCodeAt(j);
    if (quote !== 0) {
      if (ch === quote) {
        quote = 0;
      }
    } else if (ch === 0x22 || ch === 0x27) {
      quote = ch;
    } else if (ch === 0x3e) {
      return j;
    }
  }
  return -1;
}

/** `A` → 0, `AB` → 27: the column of a cell reference such as `AB12`. */
function columnOf(ref: string): number {
  let col = 0;
  for (let k = 0; k < ref.length; k++) {
    const ch = ref.charCodeAt(k);
    if (ch >= 65 && ch <= 90) {
      col = col * 26 + (ch - 64);
    } else if (ch >= 97 && ch <= 122) {
      col = col * 26 + (ch - 96);
    } else {
      break;
    }
  }
  return col - 1;
}

/** A date serial as its calendar day (the 1900 or 1904 system), as exceljs read it. */
function serialDay(serial: number, date1904: boolean): { date: string } | null {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000);
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? null : { date: d.toISOString().slice(0, 10) };
}

interface ZipParts {
  entries: Map<string, yauzl.Entry>;
  zip: yauzl.ZipFile;
}

function openZip(filePath: string): Promise<ZipParts> {
  return new Promise((resolve, reject) => {
    yauzl.open(filePath, { lazyEntries: true, autoClose: false }, (err, zip) => {
      if (err || !zip) {
        reject(err ?? new Error('not a zip'));
        return;
      }
      const entries = new Map<string, yauzl.Entry>();
      zip.on('entry', (e: yauzl.Entry) => {
        entries.set(e.fileName, e);
        zip.readEntry();
      });
      zip.on('end', () => resolve({ entries, zip }));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

function entryStream(parts: ZipParts, name: string): Promise<Readable> {
  const entry = parts.entries.get(name);
  if (!entry) {
    return Promise.reject(new Error(`no ${name}`));
  }
  return new Promise((resolve, reject) => {
    parts.zip.openReadStream(entry, (err, stream) => (err || !stream ? reject(err) : resolve(stream)));
  });
}

/** Streams a part through a tokenizer; `between` runs after each chunk (the sheet's rows go out). */
async function tokenize(
  parts: ZipParts,
  name: string,
  handler: XmlHandler,
  maxPending: number,
  between?: () => Promise<void>,
): Promise<void> {
  const tokenizer = new XmlTokenizer(handler, maxPending);
  const decoder = new StringDecoder('utf8');
  const stream = await entryStream(parts, name);
  try {
    for await (const chunk of stream) {
      tokenizer.write(decoder.write(chunk as Buffer));
      await between?.();
    }
    tokenizer.write(decoder.end());
    tokenizer.end();
    await between?.();
  } finally {
    stream.destroy();
  }
}

/** A small part read whole into its tags (workbook, relationships, styles). */
async function tags(parts: ZipParts, name: string, into: (name: string, attributes: string) => void) {
  if (!parts.entries.has(name)) {
    return;
  }
  await tokenize(
    parts,
    name,
    {
      open: (tag, attributes) => into(tag, attributes),
      close: () => undefined,
      text: () => undefined,
    },
    16 * 1024 * 1024,
  );
}

/** `xl/workbook.xml` + `worksheets/sheet1.xml` → `xl/worksheets/sheet1.xml` (or an absolute target). */
function partPath(base: string, target: string): string {
  if (target.startsWith('/')) {
    return target.slice(1);
  }
  const parts = base.split('/').slice(0, -1);
  for (const p of target.split('/')) {
    if (p === '..') {
      parts.pop();
    } else if (p !== '.' && p !== '') {
      parts.push(p);
    }
  }
  return parts.join('/');
}

interface Workbook {
  sheet: string;
  sharedStrings: string | null;
  styles: string | null;
  date1904: boolean;
}

async function workbookOf(parts: ZipParts): Promise<Workbook> {
  const book = 'xl/workbook.xml';
  let firstSheetRel: string | null = null;
  let date1904 = false;
  await tags(parts, book, (tag, text) => {
    if (tag === 'sheet' && firstSheetRel === null) {
      const a = attributesOf(text);
      firstSheetRel = Object.entries(a).find(([k]) => k === 'id' || k.endsWith(':id'))?.[1] ?? null;
    } else if (tag === 'workbookPr') {
      const v = attributesOf(text).date1904;
      date1904 = v === '1' || v === 'true';
    }
  });
  const rels = new Map<string, { type: string; target: string }>();
  await tags(parts, 'xl/_rels/workbook.xml.rels', (tag, text) => {
    if (tag === 'Relationship') {
      const a = attributesOf(text);
      rels.set(a.Id, { type: a.Type ?? '', target: partPath(book, a.Target ?? '') });
    }
  });
  const ofType = (suffix: string) =>
    [...rels.values()].find((r) => r.type.endsWith(suffix) && parts.entries.has(r.target))?.target ?? null;
  const sheet =
    (firstSheetRel !== null ? rels.get(firstSheetRel)?.target : undefined) ??
    (parts.entries.has('xl/worksheets/sheet1.xml') ? 'xl/worksheets/sheet1.xml' : null);
  if (!sheet || !parts.entries.has(sheet)) {
    throw new Error('no worksheet');
  }
  return {
    sheet,
    sharedStrings:
      ofType('/sharedStrings') ?? (parts.entries.has('xl/sharedStrings.xml') ? 'xl/sharedStrings.xml' : null),
    styles: ofType('/styles') ?? (parts.entries.has('xl/styles.xml') ? 'xl/styles.xml' : null),
    date1904,
  };
}

/** Which cell styles (indexes into `cellXfs`) show a date. */
async function dateStylesOf(parts: ZipParts, styles: string | null): Promise<Set<number>> {
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  if (styles) {
    await tokenize(
      parts,
      styles,
      {
        open(tag, text, selfClosing) {
          if (tag === 'numFmt') {
            const a = attributesOf(text);
            custom.set(Number(a.numFmtId), a.formatCode ?? '');
          } else if (tag === 'cellXfs' && !selfClosing) {
            inCellXfs = true;
          } else if (tag === 'xf' && inCellXfs) {
            xfFormats.push(Number(attributesOf(text).numFmtId ?? 0));
          }
        },
        close(tag) {
          if (tag === 'cellXfs') {
            inCellXfs = false;
          }
        },
        text: () => undefined,
      },
      16 * 1024 * 1024,
    );
  }
  const dates = new Set<number>();
  xfFormats.forEach((id, i) => {
    const code = custom.get(id);
    if (code !== undefined ? isDateFormat(code) : BUILTIN_DATE_FORMATS.has(id)) {
      dates.add(i);
    }
  });
  return dates;
}

/** Each `<si>`'s text: its `<t>` runs joined, phonetic runs (`<rPh>`) left out. */
async function sharedStringsOf(parts: ZipParts, name: string | null, maxPending: number): Promise<string[]> {
  const strings: string[] = [];
  if (!name) {
    return strings;
  }
  let inSi = false;
  let inT = false;
  let phonetic = 0;
  let text = '';
  await tokenize(
    parts,
    name,
    {
      open(tag, _, selfClosing) {
        if (selfClosing) {
          return;
        }
        if (tag === 'si') {
          inSi = true;
          text = '';
        } else if (tag === 'rPh') {
          phonetic++;
        } else if (tag === 't' && inSi && phonetic === 0) {
          inT = true;
        }
      },
      close(tag) {
        if (tag === 'si') {
          strings.push(text);
          inSi = false;
        } else if (tag === 'rPh') {
          phonetic--;
        } else if (tag === 't') {
          inT = false;
        }
      },
      text(t) {
        if (inT) {
          text += t;
        }
      },
    },
    maxPending,
  );
  return strings;
}

/**
 * Reads the first sheet's rows, handing them to `sink` a chunk at a time (in file order, each with
 * its row number and its cells from column A). A cell's value: a string of any kind (shared,
 * inline, a formula's), a number, a boolean, a date (a number whose style is a date format, or an
 * ISO `t="d"` cell), or null (empty or an error).
 */
export async function readXlsxSheet(
  filePath: string,
  sink: RowsSink,
  limits: { maxCellChars: number },
): Promise<void> {
  const parts = await openZip(filePath);
  try {
    const book = await workbookOf(parts);
    // A cell's XML may hold entities (`&amp;` is five characters for one).
    const maxPending = limits.maxCellChars * 10 + 64 * 1024;
    const [dateStyles, shared] = [
      await dateStylesOf(parts, book.styles),
      await sharedStringsOf(parts, book.sharedStrings, maxPending),
    ];
    const reader = new SheetRows(shared, dateStyles, book.date1904);
    try {
      await tokenize(parts, book.sheet, reader, maxPending, async () => {
        if (reader.rows.length > 0) {
          const rows = reader.rows;
          reader.rows = [];
          await sink(rows);
        }
      });
    } catch (err) {
      throw err instanceof PendingTooLong ? new XlsxCellTooLong(reader.rowNo, reader.col + 1) : err;
    }
  } finally {
    parts.zip.close();
  }
}

/** The sheet's `<row>`s as they are tokenized. */
class SheetRows implements XmlHandler {
  rows: RawRow[] = [];
  private inData = false;
  private row: RawRow | null = null;
  private lastRowNo = 0;
  col = -1;
  private type = '';
  private style = 0;
  private inCell = false;
  private inInline = false;
  private phonetic = 0;
  private capturing = false;
  private hasValue = false;
  private captured = '';

  constructor(
    private readonly shared: string[],
    private readonly dateStyles: Set<number>,
    private readonly date1904: boolean,
  ) {}

  get rowNo(): number {
    return this.lastRowNo;
  }

  open(name: string, attributes: string, selfClosing: boolean): void {
    switch (name) {
      case 'sheetData':
        this.inData = !selfClosing;
        return;
      case 'row': {
        if (!this.inData) {
          return;
        }
        const r = Number(attributeOf(attributes, 'r') ?? NaN);
        this.lastRowNo = Number.isInteger(r) && r > 0 ? r : this.lastRowNo + 1;
        this.col = -1;
        if (selfClosing) {
          return;
        }
        this.row = { rowNo: this.lastRowNo, cells: [] };
        return;
      }
      case 'c': {
        if (!this.row) {
          return;
        }
        const ref = attributeOf(attributes, 'r');
        const style = attributeOf(attributes, 's');
        this.col = ref ? columnOf(ref) : this.col + 1;
        this.type = attributeOf(attributes, 't') ?? 'n';
        this.style = style ? Number(style) : 0;
        this.captured = '';
        this.hasValue = false;
        this.inCell = !selfClosing;
        return;
      }
      case 'v':
        if (this.inCell && !this.inInline && !selfClosing) {
          this.capturing = true;
          this.hasValue = true;
          this.captured = '';
        }
        return;
      case 'is':
        if (this.inCell && !selfClosing) {
          this.inInline = true;
          this.hasValue = true;
        }
        return;
      case 'rPh':
        if (this.inInline && !selfClosing) {
          this.phonetic++;
        }
        return;
      case 't':
        if (this.inInline && this.phonetic === 0 && !selfClosing) {
          this.capturing = true;
        }
        return;
      default:
        return;
    }
  }

  close(name: string): void {
    switch (name) {
      case 'sheetData':
        this.inData = false;
        return;
      case 'row':
        if (this.row) {
          this.rows.push(this.row);
          this.row = null;
        }
        return;
      case 'v':
      case 't':
        this.capturing = false;
        return;
      case 'rPh':
        if (this.phonetic > 0) {
          this.phonetic--;
        }
        return;
      case 'is':
        this.inInline = false;
        return;
      case 'c':
        if (this.inCell && this.row) {
          this.inCell = false;
          const value = this.hasValue ? this.value() : null;
          const cells = this.row.cells;
          while (cells.length < this.col) {
            cells.push(null);
          }
          cells[this.col] = value;
        }
        return;
      default:
        return;
    }
  }

  text(text: string): void {
    if (this.capturing) {
      this.captured += text;
    }
  }

  private value(): RawCell {
    const text = this.captured;
    switch (this.type) {
      case 's': {
        const s = this.shared[Number(text)];
        return s === undefined ? null : s;
      }
      case 'str':
      case 'inlineStr':
        return text;
      case 'b':
        return text.trim() === '1' || text.trim() === 'true';
      case 'e':
        return null;
      case 'd': {
        const day = /^\d{4}-\d{2}-\d{2}/.exec(text.trim());
        return day ? { date: day[0] } : null;
      }
      default: {
        if (text.trim() === '') {
          return null;
        }
        const n = Number(text);
        if (!Number.isFinite(n)) {
          return null;
        }
        return this.dateStyles.has(this.style) ? serialDay(n, this.date1904) : n;
      }
    }
  }
}
