import { open, readFile, stat } from 'node:fs/promises';
import { AppError } from '@sen/shared';
import yauzl from 'yauzl';
import { loadSheetJS } from './sheetjs-lazy';

export const FILE_KINDS = ['xlsx', 'xls', 'ods', 'csv'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/**
 * Legacy .xls and OpenDocument .ods have no streaming reader: they are read whole into memory (in
 * a worker thread), so they are kept far smaller than a streamed .xlsx or .csv. An .xls holds 65,536
 * rows at most (LibreOffice writes 65,000 rows of six columns in 17 MB); 96 MB of .ods content.xml
 * is about 100,000 such rows. Bigger ones are refused with the advice to save them as .xlsx.
 */
export const WHOLE_FILE_LIMITS = { xlsBytes: 32 * 1024 * 1024, odsContentBytes: 96 * 1024 * 1024 };

/** Past these, an .xlsx is treated as a zip bomb and never unpacked. */
export const ZIP_LIMITS = {
  /** All entries together, unpacked (1M rows of ten cells is about 600 MB of sheet XML). */
  totalBytes: 2 * 1024 * 1024 * 1024,
  /** Unpacked/packed ratio of one entry; real sheets stay near 5–30. */
  ratio: 200,
  entries: 10_000,
};

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EMPTY_ZIP = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
// OLE compound file: a legacy .xls, an .xlsx encrypted with a password (Office wraps it so), or
// something else entirely (a .doc).
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const bad = (messageKey: string, params?: Record<string, unknown>) =>
  new AppError('BAD_USER_INPUT', { messageKey, params });

async function head(filePath: string, bytes: number): Promise<Buffer> {
  const fh = await open(filePath, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await fh.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** What the bytes say the file is; refuses whatever cannot be read safely (SPEC IMP-01). */
export async function detectFileKind(filePath: string, fileName: string): Promise<FileKind> {
  const start = await head(filePath, 64 * 1024);
  if (start.length === 0) {
    throw bad('import.emptySheet');
  }
  if (start.subarray(0, 8).equals(CFB)) {
    return checkCompoundFile(filePath);
  }
  if (start.subarray(0, 4).equals(ZIP) || start.subarray(0, 4).equals(EMPTY_ZIP)) {
    return checkZip(filePath);
  }
  if (!/\.(csv|txt)$/i.test(fileName)) {
    throw bad('import.notSpreadsheet');
  }
  if ((start[0] === 0xff && start[1] === 0xfe) || (start[0] === 0xfe && start[1] === 0xff)) {
    throw bad('import.notUtf8');
  }
  if (start.includes(0)) {
    throw bad('import.notSpreadsheet');
  }
  try {
    // `stream: true` tolerates a character cut in two at the end of the sample.
    new TextDecoder('utf-8', { fatal: true }).decode(start, { stream: true });
  } catch {
    throw bad('import.notUtf8');
  }
  return 'csv';
}

interface ZipEntryInfo {
  fileName: string;
  compressedSize: number;
  uncompressedSize: number;
}

function listEntries(filePath: string): Promise<ZipEntryInfo[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(filePath, { lazyEntries: true, autoClose: true }, (err, zip) => {
      if (err || !zip) {
        reject(bad('import.corrupt'));
        return;
      }
      const entries: ZipEntryInfo[] = [];
      zip.on('entry', (e: yauzl.Entry) => {
        entries.push({
          fileName: e.fileName,
          compressedSize: e.compressedSize,
          uncompressedSize: e.uncompressedSize,
        });
        if (entries.length > ZIP_LIMITS.entries) {
          zip.close();
          reject(bad('import.zipBomb'));
          return;
        }
        zip.readEntry();
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', () => reject(bad('import.corrupt')));
      zip.readEntry();
    });
  });
}

/** An .xls workbook, or an encrypted .xlsx; anything else in an OLE container is refused. */
async function checkCompoundFile(filePath: string): Promise<FileKind> {
  const { CFB: cfb } = await loadSheetJS();
  let container: ReturnType<typeof cfb.read>;
  try {
    container = cfb.read(await readFile(filePath), { type: 'buffer' });
  } catch {
    throw bad('import.corrupt');
  }
  const has = (name: string) => Boolean(cfb.find(container, name));
  if (has('EncryptedPackage') || has('EncryptionInfo')) {
    throw bad('import.encrypted');
  }
  if (!has('Workbook') && !has('Book')) {
    throw bad('import.notSpreadsheet');
  }
  if ((await stat(filePath)).size > WHOLE_FILE_LIMITS.xlsBytes) {
    throw bad('import.tooBigToReadWhole', { max: WHOLE_FILE_LIMITS.xlsBytes / 1024 / 1024, format: '.xls' });
  }
  return 'xls';
}

/** Reads only the central directory: sizes are judged before a byte is inflated. */
async function checkZip(filePath: string): Promise<FileKind> {
  const entries = await listEntries(filePath);
  const names = new Set(entries.map((e) => e.fileName));
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    const ratio = e.uncompressedSize / Math.max(e.compressedSize, 1);
    if (total > ZIP_LIMITS.totalBytes || (e.uncompressedSize > 1024 * 1024 && ratio > ZIP_LIMITS.ratio)) {
      throw bad('import.zipBomb');
    }
  }
  if (names.has('xl/workbook.xml')) {
    return 'xlsx';
  }
  const content = entries.find((e) => e.fileName === 'content.xml');
  if (!content || !names.has('mimetype')) {
    throw bad('import.notSpreadsheet');
  }
  if (content.uncompressedSize > WHOLE_FILE_LIMITS.odsContentBytes) {
    throw bad('import.tooBigToReadWhole', {
      max: WHOLE_FILE_LIMITS.odsContentBytes / 1024 / 1024,
      format: '.ods',
    });
  }
  return 'ods';
}
