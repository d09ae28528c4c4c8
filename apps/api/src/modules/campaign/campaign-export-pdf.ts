import type { Writable } from 'node:stream';
import type { ExportHeader, ExportRow } from './campaign-export.service';
import { COLUMNS, headerLines, totalsLine } from './campaign-export-writers';
import { PdfStreamWriter } from './pdf-stream-writer';

// A4 landscape in points.
const PAGE_W = 842;
const PAGE_H = 595;
const MARGIN = 28;
const ROW_H = 13;
const SIZE = 7;
// Column widths in points (786 of table on the page).
const WIDTHS = [28, 62, 142, 62, 124, 176, 86, 48, 58];

/** The printable report as a PDF (header, the four totals, the member table with a repeated head). */
export async function writePdf(out: Writable, h: ExportHeader, rows: AsyncIterable<ExportRow[]>) {
  const pdf = new PdfStreamWriter(out, PAGE_W, PAGE_H);
  await pdf.begin();
  let y = MARGIN + 14;
  pdf.text(`Danh sách khách hàng chiến dịch: ${h.campaign.name}`, MARGIN, y, 14);
  y += 20;
  for (const [label, value] of headerLines(h)) {
    pdf.text(`${label}: ${value}`, MARGIN, y, 9);
    y += 13;
  }
  y += 6;
  pdf.text(
    totalsLine(h)
      .map(([l, c]) => `${l}: ${c}`)
      .join('     '),
    MARGIN,
    y,
    10,
  );
  y += 18;
  const head = () => {
    pdf.fillRect(MARGIN, y - 9, PAGE_W - 2 * MARGIN, ROW_H, 0.9);
    let x = MARGIN;
    COLUMNS.forEach((c, i) => {
      pdf.text(pdf.fit(c.label, SIZE, WIDTHS[i] - 4), x + 2, y, SIZE);
      x += WIDTHS[i];
    });
    y += ROW_H;
  };
  head();
  for await (const batch of rows) {
    for (const r of batch) {
      if (y > PAGE_H - MARGIN) {
        await pdf.endPage();
        y = MARGIN + 10;
        head();
      }
      let x = MARGIN;
      COLUMNS.forEach((c, i) => {
        const value = String(r[c.key]);
        if (value) {
          pdf.text(pdf.fit(value, SIZE, WIDTHS[i] - 4), x + 2, y, SIZE);
        }
        x += WIDTHS[i];
      });
      pdf.line(MARGIN, y + 4, PAGE_W - MARGIN, y + 4, 0.82);
      y += ROW_H;
    }
  }
  await pdf.finish();
}
