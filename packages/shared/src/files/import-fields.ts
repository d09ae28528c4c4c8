import { CUSTOMER_FIELDS } from '../records/customer';
import { importFieldsOf } from '../records/define';
import { foldVietnamese } from '../vi';

/** The modules whose lists import and export files (API.md "Files"). */
export const IMPORT_MODULES = ['customers', 'contacts', 'contracts', 'care-cards'] as const;
export type ImportModule = (typeof IMPORT_MODULES)[number];

export function isImportModule(value: string): value is ImportModule {
  return (IMPORT_MODULES as readonly string[]).includes(value);
}

/** A column a file may carry: its headers in both languages and the other headers users write. */
export interface ImportFieldSpec {
  field: string;
  vi: string;
  en: string;
  aliases: readonly string[];
  /** Always required (name); the DUP-01 settings may require more. */
  required?: boolean;
}

/** The owner column, alike in every module: a user's e-mail or full name (an export writes the name). */
const OWNER_FIELD: ImportFieldSpec = importFieldsOf({ ownerId: CUSTOMER_FIELDS.ownerId })[0];

export const IMPORT_FIELDS: Readonly<Record<ImportModule, readonly ImportFieldSpec[]>> = {
  customers: importFieldsOf(CUSTOMER_FIELDS),
  contacts: [
    {
      field: 'name',
      vi: 'Người liên hệ',
      en: 'Contact name',
      aliases: ['Tên liên hệ', 'Họ và tên', 'Họ tên', 'Tên', 'Name', 'Full name'],
      required: true,
    },
    { field: 'title', vi: 'Chức vụ', en: 'Title', aliases: ['Job title', 'Position'] },
    { field: 'gender', vi: 'Giới tính', en: 'Gender', aliases: ['Sex'] },
    {
      field: 'mobile',
      vi: 'Số di động',
      en: 'Mobile',
      aliases: ['Di động', 'Điện thoại', 'Số điện thoại', 'SĐT', 'Phone', 'Mobile phone'],
    },
    { field: 'email', vi: 'Email', en: 'E-mail', aliases: ['Thư điện tử', 'Mail'] },
    { field: 'birthday', vi: 'Ngày sinh', en: 'Birthday', aliases: ['Sinh nhật', 'Date of birth'] },
    { field: 'address', vi: 'Địa chỉ', en: 'Address', aliases: [] },
    {
      field: 'customerCode',
      vi: 'Mã khách hàng',
      en: 'Customer code',
      aliases: ['Mã KH', 'Khách hàng', 'Customer'],
    },
    { field: 'notes', vi: 'Ghi chú', en: 'Notes', aliases: ['Note', 'Mô tả', 'Description'] },
    OWNER_FIELD,
  ],
  // 001 "Nhập khẩu HĐ bán ra": number, customer code and signing date are required.
  contracts: [
    {
      field: 'number',
      vi: 'Số hợp đồng',
      en: 'Contract number',
      aliases: ['Số HĐ', 'Mã hợp đồng', 'Contract no', 'Number'],
      required: true,
    },
    {
      field: 'customerCode',
      vi: 'Mã khách hàng',
      en: 'Customer code',
      aliases: ['Mã KH', 'Khách hàng', 'Customer'],
      required: true,
    },
    {
      field: 'signedOn',
      vi: 'Ngày ký',
      en: 'Signing date',
      aliases: ['Ngày ký hợp đồng', 'Signed on', 'Signed'],
      required: true,
    },
    { field: 'validFrom', vi: 'Hiệu lực từ', en: 'Valid from', aliases: ['Ngày hiệu lực', 'Từ ngày'] },
    { field: 'validTo', vi: 'Hiệu lực đến', en: 'Valid to', aliases: ['Ngày hết hạn', 'Đến ngày', 'Expiry'] },
    {
      field: 'value',
      vi: 'Giá trị hợp đồng',
      en: 'Contract value',
      aliases: ['Giá trị', 'Tổng tiền', 'Value', 'Amount'],
    },
    { field: 'status', vi: 'Trạng thái', en: 'Status', aliases: ['Tình trạng'] },
    { field: 'signed', vi: 'Đã ký', en: 'Signed', aliases: [] },
    { field: 'terms', vi: 'Điều khoản', en: 'Terms', aliases: ['Ghi chú', 'Notes', 'Nội dung'] },
    OWNER_FIELD,
  ],
  // CARE-01 / IMP-01 (seed 003 "Nhập khẩu thẻ chăm sóc"): code, customer code and order number required.
  'care-cards': [
    { field: 'code', vi: 'Mã thẻ', en: 'Card code', aliases: ['Mã thẻ chăm sóc', 'Code'], required: true },
    {
      field: 'customerCode',
      vi: 'Mã khách hàng',
      en: 'Customer code',
      aliases: ['Mã KH', 'Khách hàng', 'Customer'],
      required: true,
    },
    {
      field: 'orderNumber',
      vi: 'Số đơn hàng',
      en: 'Order number',
      aliases: ['Mã đơn hàng', 'Đơn hàng', 'Order', 'Order no'],
      required: true,
    },
    { field: 'unit', vi: 'Đơn vị', en: 'Unit', aliases: ['Phòng ban', 'Department'] },
    { field: 'careDate', vi: 'Ngày chăm sóc', en: 'Care date', aliases: ['Ngày', 'Date'] },
    { field: 'channel', vi: 'Kênh chăm sóc', en: 'Channel', aliases: ['Kênh'] },
    { field: 'satisfaction', vi: 'Mức độ hài lòng', en: 'Satisfaction', aliases: ['Hài lòng'] },
    { field: 'result', vi: 'Kết quả', en: 'Result', aliases: ['Kết quả chăm sóc'] },
    { field: 'notes', vi: 'Ghi chú', en: 'Notes', aliases: ['Nội dung'] },
    { field: 'tags', vi: 'Thẻ', en: 'Tags', aliases: ['Nhãn', 'Labels'] },
    OWNER_FIELD,
  ],
};

/** `Tên khách hàng *` → `tenkhachhang`: headers compare without case, accents, spaces or marks. */
export function normaliseHeader(header: string): string {
  return foldVietnamese(header).replace(/[^a-z0-9]/g, '');
}

export interface ColumnMapping {
  column: string;
  field: string | null;
}

/** Each column to the field whose header or alias it spells; a field is taken at most once. */
export function suggestMapping(module: ImportModule, columns: readonly string[]): ColumnMapping[] {
  const byHeader = new Map<string, string>();
  // Labels win over aliases: "Điện thoại" is the customer's phone, not an alias elsewhere.
  for (const f of IMPORT_FIELDS[module]) {
    for (const h of [f.vi, f.en, f.field]) {
      byHeader.set(normaliseHeader(h), byHeader.get(normaliseHeader(h)) ?? f.field);
    }
  }
  for (const f of IMPORT_FIELDS[module]) {
    for (const h of f.aliases) {
      const key = normaliseHeader(h);
      if (!byHeader.has(key)) {
        byHeader.set(key, f.field);
      }
    }
  }
  const taken = new Set<string>();
  return columns.map((column) => {
    const field = byHeader.get(normaliseHeader(column)) ?? null;
    if (field === null || taken.has(field)) {
      return { column, field: null };
    }
    taken.add(field);
    return { column, field };
  });
}
