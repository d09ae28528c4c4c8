import type { Locale } from '@sen/shared';
import {
  AlignmentType,
  BorderStyle,
  Document,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { companyLines, dateVi, lineCells, printLabels, totalRows, type PrintableDocument } from './printable';

const FONT = 'Times New Roman';
const run = (text: string, opts: { bold?: boolean; size?: number } = {}) =>
  new TextRun({ text, bold: opts.bold, size: opts.size ?? 22, font: FONT });
const para = (text: string, opts: { bold?: boolean; size?: number; align?: 'center' | 'right' } = {}) =>
  new Paragraph({
    children: [run(text, opts)],
    alignment:
      opts.align === 'center'
        ? AlignmentType.CENTER
        : opts.align === 'right'
          ? AlignmentType.RIGHT
          : undefined,
  });

const RIGHT = new Set([3, 4, 5, 7]);
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
/** A table drawn without lines (totals, signatures). */
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};

/** The same document as `documentPdf`, as a Word file ("xuất ra word"), for users who edit it further. */
export async function documentDocx(d: PrintableDocument, locale: Locale): Promise<Buffer> {
  const l = printLabels(locale);
  const header: Paragraph[] = [];
  if (d.company.logo) {
    header.push(
      new Paragraph({
        children: [
          new ImageRun({
            type: d.company.logo.format === 'PNG' ? 'png' : 'jpg',
            data: d.company.logo.data,
            transformation: { width: 80, height: 80 },
          }),
        ],
      }),
    );
  }
  header.push(para(d.company.name, { bold: true, size: 26 }));
  for (const line of companyLines(d.company, l)) {
    header.push(para(line, { size: 18 }));
  }
  const cell = (text: string, i: number, bold = false) =>
    new TableCell({
      children: [
        new Paragraph({
          children: [run(text, { bold, size: 18 })],
          alignment: RIGHT.has(i) ? AlignmentType.RIGHT : i === 0 ? AlignmentType.CENTER : undefined,
        }),
      ],
    });
  const lines = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: l.columns.map((c, i) => cell(c, i, true)) }),
      ...lineCells(d, locale).map((r) => new TableRow({ children: r.map((c, i) => cell(c, i)) })),
    ],
  });
  const totals = totalRows(d, l, locale);
  const totalsTable = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: totals.map(
      ([label, value], i) =>
        new TableRow({
          children: [
            new TableCell({ children: [para(label, { bold: i === totals.length - 1, align: 'right' })] }),
            new TableCell({ children: [para(value, { bold: i === totals.length - 1, align: 'right' })] }),
          ],
        }),
    ),
  });
  const signatures = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: d.signatures.map(
          (s) =>
            new TableCell({
              children: [
                para(s, { bold: true, align: 'center' }),
                para(l.sign, { size: 18, align: 'center' }),
              ],
            }),
        ),
      }),
    ],
  });
  const doc = new Document({
    creator: 'Sen CRM',
    title: `${d.title} ${d.number}`,
    sections: [
      {
        children: [
          ...header,
          para(''),
          para(d.title, { bold: true, size: 32, align: 'center' }),
          para(`${l.number}: ${d.number}    ${l.date}: ${dateVi(d.date)}`, { align: 'center' }),
          ...d.meta.map(([label, value]) => para(`${label}: ${value}`, { align: 'center' })),
          para(''),
          ...d.party.map(([label, value], i) => para(`${label}: ${value}`, { bold: i === 0 })),
          para(''),
          lines,
          para(''),
          totalsTable,
          para(`${l.inWords}: ${d.totals.inWords}`),
          ...(d.notes
            ? [para(`${l.notes}:`, { bold: true }), ...d.notes.split('\n').map((t) => para(t))]
            : []),
          para(''),
          signatures,
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
