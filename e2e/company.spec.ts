import { deflateSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { graphql, login } from './support';

/** A real 2×2 PNG, made here so the test needs no fixture file. */
function png(): Buffer {
  const table = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) {
      c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) {
      c = table[(c ^ b) & 0xff] ^ (c >>> 8);
    }
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const raw = Buffer.from([0, 18, 184, 134, 18, 184, 134, 0, 18, 184, 134, 18, 184, 134]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', Buffer.from([0, 0, 0, 2, 0, 0, 0, 2, 8, 2, 0, 0, 0])),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

test('an admin fills the company profile and its logo, the header of every document (PAR-01)', async ({
  page,
}) => {
  await login(page);
  await page.getByRole('link', { name: 'Thông tin công ty', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Thông tin công ty', level: 1 })).toBeVisible();

  await page.getByRole('textbox', { name: 'Tên công ty' }).fill('Công ty Cổ phần Phần mềm Sen Việt');
  await page.getByRole('textbox', { name: 'Địa chỉ' }).fill('Số 1 Lê Duẩn, Phường Cửa Nam, Hà Nội');
  await page.getByRole('textbox', { name: 'Số tài khoản' }).fill('0011000012345');
  await page.getByRole('textbox', { name: 'Ngân hàng' }).fill('Vietcombank');
  // A tax code whose check digit is wrong is refused next to its field.
  await page.getByRole('textbox', { name: 'Mã số thuế' }).fill('0100109107');
  await page.getByRole('button', { name: 'Cập nhật' }).click();
  await expect(page.getByRole('textbox', { name: 'Mã số thuế' })).toHaveAccessibleDescription(
    /^Mã số thuế không hợp lệ/,
  );
  await page.getByRole('textbox', { name: 'Mã số thuế' }).fill('0100109106');
  await page.getByRole('button', { name: 'Cập nhật' }).click();
  await expect(page.getByText('Đã cập nhật thông tin công ty.')).toBeVisible();

  await page.getByRole('button', { name: 'Chọn logo…' }).click();
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png() });
  await expect(page.getByText('Đã cập nhật logo.')).toBeVisible();
  await expect(page.getByRole('img', { name: 'Logo công ty' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Tên công ty' })).toHaveValue(
    'Công ty Cổ phần Phần mềm Sen Việt',
  );
  await expect(page.getByRole('textbox', { name: 'Mã số thuế' })).toHaveValue('0100109106');
  await expect(page.getByRole('img', { name: 'Logo công ty' })).toBeVisible();
  const { companyProfile } = await graphql(page, '{ companyProfile { name bankName logoUrl } }');
  expect(companyProfile).toMatchObject({
    name: 'Công ty Cổ phần Phần mềm Sen Việt',
    bankName: 'Vietcombank',
    logoUrl: expect.stringMatching(/^\/files\/company\/logo\?v=/),
  });
});
