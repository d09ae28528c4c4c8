import type { Locale } from '@sen/shared';
import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import { printFonts } from './print-font';
import { companyLines, dateVi, lineCells, printLabels, totalRows, type PrintableDocument } from './printable';

const FONT = 'DejaVuSans';

const PAGE_W = 210;
const MARGIN = 14;
const WIDTH = PAGE_W - 2 * MARGIN;

/**
 * One sales document on A4 (jsPDF with an embedded Unicode font, so the text extracts exactly):
 * the company header, title and number, the buyer, the lines, VAT per rate, the total in words,
 * notes and signature captions.
 */
export async function documentPdf(d: PrintableDocument, locale: Locale): Promise<Buffer> {
  const l = printLabels(locale);
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  const f = await printFonts();
  doc.addFileToVFS(`${FONT}.ttf`, f.regular);
  doc.addFont(`${FONT}.ttf`, FONT, 'normal');
  doc.addFileToVFS(`${FONT}-Bold.ttf`, f.bold);
  doc.addFont(`${FONT}-Bold.ttf`, FONT, 'bold');
  doc.setProperties({ title: `${d.title} ${d.number}`, creator: 'Sen CRM' });

  let y = MARGIN;
  let textX = MARGIN;
  if (d.company.logo) {
    try {
      doc.addImage(d.company.logo.data, d.company.logo.format, MARGIN, y, 22, 22, undefined, 'FAST');
      textX = MARGIN + 26;
    } catch {
      // A logo jsPDF cannot read is left out rather than failing the document.
    }
  }
  doc.setFont(FONT, 'bold').setFontSize(12);
  const nameLines = doc.splitTextToSize(d.company.name, WIDTH - (textX - MARGIN)) as string[];
  doc.text(nameLines, textX, y + 4);
  y += 4 + nameLines.length * 5;
  doc.setFont(FONT, 'normal').setFontSize(8.5);
  for (const line of companyLines(d.company, l)) {
    const wrapped = doc.splitTextToSize(line, WIDTH - (textX - MARGIN)) as string[];
    doc.text(wrapped, textX, y);
    y += wrapped.length * 4;
  }
  y = Math.max(y, d.company.logo ? MARGIN + 24 : y) + 4;

  doc.setFont(FONT, 'bold').setFontSize(16);
  doc.text(d.title, PAGE_W / 2, y + 4, { align: 'center' });
  y += 10;
  doc.setFont(FONT, 'normal').setFontSize(9.5);
  doc.text(`${l.number}: ${d.number}    ${l.date}: ${dateVi(d.date)}`, PAGE_W / 2, y, { align: 'center' });
  y += 5;
  for (const [label, value] of d.meta) {
    doc.text(`${label}: ${value}`, PAGE_W / 2, y, { align: 'center' });
    y += 5;
  }
  y += 2;
  for (const [i, [label, value]] of d.party.entries()) {
    doc.setFont(FONT, i === 0 ? 'bold' : 'normal');
    const wrapped = doc.splitTextToSize(`${label}: ${value}`, WIDTH) as string[];
    doc.text(wrapped, MARGIN, y);
    y += wrapped.length * 5;
  }

  autoTable(doc, {
    startY: y + 2,
    margin: { left: MARGIN, right: MARGIN },
    head: [l.columns],
    body: lineCells(d, locale),
    styles: { font: FONT, fontSize: 8, cellPadding: 1.5, overflow: 'linebreak' },
    headStyles: { font: FONT, fontStyle: 'bold', fillColor: [230, 236, 233], textColor: 20 },
    columnStyles: {
      0: { halign: 'center', cellWidth: 9 },
      1: { cellWidth: 'auto' },
      2: { cellWidth: 13 },
      3: { halign: 'right', cellWidth: 16 },
      4: { halign: 'right', cellWidth: 24 },
      5: { halign: 'right', cellWidth: 20 },
      6: { halign: 'center', cellWidth: 14 },
      7: { halign: 'right', cellWidth: 27 },
    },
  });
  autoTable(doc, {
    margin: { left: MARGIN + WIDTH * 0.35, right: MARGIN },
    body: totalRows(d, l, locale),
    theme: 'plain',
    styles: { font: FONT, fontSize: 9, cellPadding: 1 },
    columnStyles: { 1: { halign: 'right', cellWidth: 32 } },
    didParseCell: (cell) => {
      if (cell.row.index === cell.table.body.length - 1) {
        cell.cell.styles.fontStyle = 'bold';
      }
    },
  });
  y = (doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY + 5;
  doc.setFont(FONT, 'normal').setFontSize(9.5);
  const words = doc.splitTextToSize(`${l.inWords}: ${d.totals.inWords}`, WIDTH) as string[];
  doc.text(words, MARGIN, y);
  y += words.length * 5 + 2;
  if (d.notes) {
    doc.setFont(FONT, 'bold').text(`${l.notes}:`, MARGIN, y);
    y += 5;
    doc.setFont(FONT, 'normal').setFontSize(9);
    const notes = doc.splitTextToSize(d.notes, WIDTH) as string[];
    doc.text(notes, MARGIN, y);
    y += notes.length * 4.5 + 2;
  }
  if (y > 260) {
    doc.addPage();
    y = MARGIN;
  }
  const col = WIDTH / d.signatures.length;
  d.signatures.forEach((caption, i) => {
    const x = MARGIN + col * i + col / 2;
    doc
      .setFont(FONT, 'bold')
      .setFontSize(9.5)
      .text(caption, x, y + 6, { align: 'center' });
    doc
      .setFont(FONT, 'normal')
      .setFontSize(8)
      .text(l.sign, x, y + 10, { align: 'center' });
  });
  return Buffer.from(doc.output('arraybuffer'));
}
