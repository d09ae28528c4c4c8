import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { computeLine, computeTotals, type LineInput } from '@sen/shared';
import { documentDocx } from '../document-docx';
import { documentPdf } from '../document-pdf';
import type { PrintableDocument } from '../printable';

const lines: (LineInput & { name: string; unit: string })[] = [
  {
    name: 'Phần mềm quản lý khách hàng – gói Doanh nghiệp',
    unit: 'Gói',
    quantity: '1',
    unitPrice: '9000000',
    vatRate: 'EIGHT',
  },
  {
    name: 'Đào tạo sử dụng tại chỗ (Hà Nội)',
    unit: 'Buổi',
    quantity: '2',
    unitPrice: '500000',
    vatRate: 'TEN',
  },
  {
    name: 'Tư vấn triển khai ưu đãi',
    unit: 'Giờ',
    quantity: '1.5',
    unitPrice: '200000',
    discountPercent: '10',
    vatRate: 'EXEMPT',
  },
];

function sample(): PrintableDocument {
  const totals = computeTotals(lines);
  return {
    title: 'BÁO GIÁ',
    number: 'BG000042',
    date: '2026-12-05',
    meta: [['Có hiệu lực đến', '31/12/2026']],
    company: {
      name: 'Công ty Cổ phần Phần mềm Sen Việt',
      taxCode: '0100109106',
      address: 'Số 1 Đường Lê Duẩn, Phường Cửa Nam, Hà Nội',
      phone: '024 7300 4666',
      email: 'lienhe@senviet.vn',
      bankAccount: '0011 0000 12345',
      bankName: 'Vietcombank – CN Hà Nội',
    },
    party: [
      ['Khách hàng', 'Công ty TNHH Thương mại Đức Hưởng'],
      ['Mã số thuế', '0312345675'],
      ['Địa chỉ', '12 Nguyễn Huệ, Phường Sài Gòn, TP. Hồ Chí Minh'],
    ],
    lines: lines.map((l) => {
      const a = computeLine(l);
      return {
        name: l.name,
        unit: l.unit,
        quantity: String(l.quantity),
        unitPrice: BigInt(l.unitPrice),
        discount: a.discount,
        vatRate: l.vatRate,
        amount: a.amount,
      };
    }),
    totals,
    notes: 'Giá đã bao gồm chi phí cài đặt. Thanh toán trong vòng 15 ngày.',
    signatures: ['Khách hàng', 'Người lập báo giá'],
  };
}

/** The text of every paragraph of word/document.xml, read straight from the zip. */
function docxText(buf: Buffer): string {
  let offset = 0;
  while (offset < buf.length - 30) {
    if (buf.readUInt32LE(offset) !== 0x04034b50) {
      offset++;
      continue;
    }
    const method = buf.readUInt16LE(offset + 8);
    const size = buf.readUInt32LE(offset + 18);
    const nameLength = buf.readUInt16LE(offset + 26);
    const extra = buf.readUInt16LE(offset + 28);
    const name = buf.toString('utf8', offset + 30, offset + 30 + nameLength);
    const start = offset + 30 + nameLength + extra;
    if (name === 'word/document.xml') {
      const data = buf.subarray(start, start + size);
      const xml = (method === 8 ? inflateRawSync(data) : data).toString('utf8');
      return xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
    }
    offset = start + size;
  }
  throw new Error('no word/document.xml');
}

describe('a printed sales document (SAL-03, SAL-06) reads back exactly in Vietnamese', () => {
  const d = sample();

  it('totals: 9.000.000 at 8 %, 1.000.000 at 10 %, 270.000 exempt after a 10 % discount', () => {
    expect(d.totals.total.toString()).toBe('11090000');
    expect(d.totals.inWords).toBe('Mười một triệu không trăm chín mươi nghìn đồng');
  });

  it('the PDF carries the header, the buyer, every line, VAT per rate, the total and its words', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sen-print-'));
    try {
      const file = path.join(dir, 'bao-gia.pdf');
      writeFileSync(file, await documentPdf(d, 'vi'));
      // -raw: in drawing order, so a name wrapped inside its cell reads whole.
      const flat = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      for (const expected of [
        'Công ty Cổ phần Phần mềm Sen Việt',
        'Mã số thuế: 0100109106',
        'BÁO GIÁ',
        'Số: BG000042',
        'Ngày: 05/12/2026',
        'Có hiệu lực đến: 31/12/2026',
        'Khách hàng: Công ty TNHH Thương mại Đức Hưởng',
        'Phần mềm quản lý khách hàng – gói Doanh nghiệp',
        'Đào tạo sử dụng tại chỗ (Hà Nội)',
        'Tư vấn triển khai ưu đãi',
        'Thuế GTGT 8% (trên 9.000.000) 720.000',
        'Thuế GTGT 10% (trên 1.000.000) 100.000',
        'Thuế GTGT KCT (trên 270.000) 0',
        'Tổng cộng tiền thanh toán 11.090.000',
        'Số tiền viết bằng chữ: Mười một triệu không trăm chín mươi nghìn đồng',
        'Thanh toán trong vòng 15 ngày.',
        'Người lập báo giá',
      ]) {
        expect(flat).toContain(expected);
      }
      expect(text).toMatch(/1,5\s+200\.000\s+30\.000\s+KCT\s+270\.000/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the .docx carries the same text', async () => {
    const text = docxText(await documentDocx(d, 'vi'));
    for (const expected of [
      'Công ty Cổ phần Phần mềm Sen Việt',
      'BÁO GIÁ',
      'Khách hàng: Công ty TNHH Thương mại Đức Hưởng',
      'Đào tạo sử dụng tại chỗ (Hà Nội)',
      'Thuế GTGT 8% (trên 9.000.000)',
      '11.090.000',
      'Số tiền viết bằng chữ: Mười một triệu không trăm chín mươi nghìn đồng',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('an English reader gets English captions around the same figures', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sen-print-'));
    try {
      const file = path.join(dir, 'quote.pdf');
      writeFileSync(file, await documentPdf({ ...d, title: 'QUOTATION' }, 'en'));
      const flat = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(flat).toContain('QUOTATION');
      expect(flat).toContain('Total payable');
      expect(flat).toContain('11.090.000');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
