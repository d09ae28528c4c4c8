import { bilingualCatalogue, say, type Bilingual } from '@sen/shared';
import { REPORT_AUDIT_TEXT } from './audit-text-report';
import { CARE_AUDIT_TEXT } from './audit-text-care';
import { SALES_AUDIT_TEXT } from './audit-text-sales';
import { recordTexts } from './audit-text-record';

/** Audit descriptions in both languages, written once; the log shows the caller's language. */
const TEXT = {
  ...SALES_AUDIT_TEXT,
  ...REPORT_AUDIT_TEXT,
  ...CARE_AUDIT_TEXT,
  'auth.login': { vi: 'Đăng nhập: {{email}}', en: 'Logged in: {{email}}' },
  'user.create': { vi: 'Thêm người dùng {{name}} ({{email}})', en: 'Added user {{name}} ({{email}})' },
  'user.createDemo': {
    vi: 'Thêm người dùng {{name}} ({{email}}) (dữ liệu mẫu)',
    en: 'Added user {{name}} ({{email}}) (demo data)',
  },
  'user.firstAdmin': {
    vi: 'Tạo tài khoản quản trị đầu tiên {{email}}',
    en: 'Created the first administrator {{email}}',
  },
  'user.update': { vi: 'Cập nhật người dùng {{name}} ({{email}})', en: 'Updated user {{name}} ({{email}})' },
  'user.deactivate': {
    vi: 'Ngừng hoạt động người dùng {{name}} ({{email}})',
    en: 'Deactivated user {{name}} ({{email}})',
  },
  'user.language': {
    vi: 'Đổi ngôn ngữ giao diện sang {{language}}',
    en: 'Changed the interface language to {{language}}',
  },
  'user.password': { vi: 'Đổi mật khẩu', en: 'Changed the password' },
  'department.create': { vi: 'Thêm phòng ban {{name}}', en: 'Added department {{name}}' },
  'department.createDemo': {
    vi: 'Thêm phòng ban {{name}} (dữ liệu mẫu)',
    en: 'Added department {{name}} (demo data)',
  },
  'apiToken.create': { vi: 'Tạo API token "{{name}}"', en: 'Created API token "{{name}}"' },
  'apiToken.revoke': { vi: 'Thu hồi API token "{{name}}"', en: 'Revoked API token "{{name}}"' },
  'settings.fieldRules': {
    vi: 'Cập nhật thiết lập trùng lặp dữ liệu ({{module}})',
    en: 'Updated the duplicate-data settings ({{module}})',
  },
  'settings.numbering': {
    vi: 'Cập nhật cách đánh số chứng từ {{kind}}',
    en: 'Updated the numbering of {{kind}} documents',
  },
  'settings.parameters': { vi: 'Cập nhật tham số hệ thống', en: 'Updated the system parameters' },
  'settings.company': { vi: 'Cập nhật thông tin công ty', en: 'Updated the company profile' },
  'settings.companyLogo': { vi: 'Đổi logo công ty', en: 'Changed the company logo' },
  'settings.companyLogoRemoved': { vi: 'Xóa logo công ty', en: 'Removed the company logo' },
  'category.create': { vi: 'Thêm danh mục {{kind}}: {{name}}', en: 'Added {{kind}} category {{name}}' },
  'category.update': {
    vi: 'Đổi tên danh mục {{kind}}: {{name}}',
    en: 'Renamed {{kind}} category to {{name}}',
  },
  'category.delete': { vi: 'Xóa danh mục {{kind}}: {{name}}', en: 'Deleted {{kind}} category {{name}}' },
  'customer.clone': {
    vi: 'Nhân bản khách hàng {{code}} {{name}} từ {{from}}',
    en: 'Cloned customer {{code}} {{name}} from {{from}}',
  },
  ...recordTexts('customer', { vi: 'khách hàng {{code}} {{name}}', en: 'customer {{code}} {{name}}' }),
  'customer.groups': {
    vi: 'Chuyển nhóm khách hàng {{code}} {{name}}',
    en: 'Changed the groups of customer {{code}} {{name}}',
  },
  'customer.share': {
    vi: 'Chia sẻ khách hàng {{code}} {{name}} cho {{users}}',
    en: 'Shared customer {{code}} {{name}} with {{users}}',
  },
  'customer.transfer': {
    vi: 'Chuyển chủ sở hữu khách hàng {{code}} {{name}} cho {{user}}',
    en: 'Transferred customer {{code}} {{name}} to {{user}}',
  },
  'customer.importUpdate': {
    vi: 'Cập nhật khách hàng {{code}} {{name}} khi nhập khẩu',
    en: 'Updated customer {{code}} {{name}} by an import',
  },
  'contact.importUpdate': {
    vi: 'Cập nhật liên hệ {{name}} khi nhập khẩu',
    en: 'Updated contact {{name}} by an import',
  },
  'import.batch': {
    vi: 'Nhập khẩu {{count}} {{module}} từ tệp {{file}} (dòng {{first}}–{{last}})',
    en: 'Imported {{count}} {{module}} from {{file}} (rows {{first}}–{{last}})',
  },
  'import.run': {
    vi: 'Nhập khẩu {{module}} từ tệp {{file}}: {{created}} thêm mới, {{updated}} cập nhật, {{skipped}} bỏ qua, {{failed}} lỗi',
    en: 'Imported {{module}} from {{file}}: {{created}} created, {{updated}} updated, {{skipped}} skipped, {{failed}} refused',
  },
  'export.run': {
    vi: 'Xuất khẩu {{count}} {{module}} ra tệp {{format}}',
    en: 'Exported {{count}} {{module}} to {{format}}',
  },
  ...recordTexts('contact', { vi: 'liên hệ {{name}}', en: 'contact {{name}}' }),
  ...recordTexts('campaign', { vi: 'chiến dịch {{code}} {{name}}', en: 'campaign {{code}} {{name}}' }),
  'campaign.delete': {
    vi: 'Xóa chiến dịch {{code}} {{name}} ({{count}} khách hàng) vào thùng rác',
    en: 'Deleted campaign {{code}} {{name}} ({{count}} customers) to the trash',
  },
  'campaign.purge': {
    vi: 'Xóa vĩnh viễn chiến dịch {{code}} {{name}} ({{count}} khách hàng)',
    en: 'Purged campaign {{code}} {{name}} ({{count}} customers)',
  },
  'campaign.addMembers': {
    vi: 'Thêm {{added}} khách hàng vào chiến dịch {{code}} {{name}} (bỏ qua {{skipped}} đã có)',
    en: 'Added {{added}} customers to campaign {{code}} {{name}} ({{skipped}} already in it skipped)',
  },
  'campaign.memberStatus': {
    vi: 'Chiến dịch {{campaign}}: {{name}} chuyển từ {{fromVi}} sang {{toVi}}',
    en: 'Campaign {{campaign}}: {{name}} moved from {{from}} to {{to}}',
  },
  'campaign.bulkStatus': {
    vi: 'Chiến dịch {{campaign}}: chuyển {{count}} khách hàng sang {{toVi}}',
    en: 'Campaign {{campaign}}: moved {{count}} customers to {{to}}',
  },
  'campaign.keypressRefused': {
    vi: 'Chiến dịch {{campaign}}: phím {{key}} của {{phone}} bị từ chối ({{fromVi}} → {{toVi}})',
    en: 'Campaign {{campaign}}: key {{key}} from {{phone}} refused ({{from}} → {{to}})',
  },
  'campaign.register': {
    vi: 'Đăng kí qua form vào chiến dịch {{campaign}}: {{name}}',
    en: 'Registered through the form for campaign {{campaign}}: {{name}}',
  },
  'campaign.export': {
    vi: 'Xuất khẩu {{count}} khách hàng chiến dịch {{campaign}} ({{format}})',
    en: 'Exported {{count}} members of campaign {{campaign}} ({{format}})',
  },
  ...recordTexts('activity', { vi: 'công việc {{name}}', en: 'activity {{name}}' }),
  'activity.comment': { vi: 'Bình luận công việc {{name}}', en: 'Commented on activity {{name}}' },
  'customer.levelByActivity': {
    vi: 'Khách hàng {{code}} {{name}} chuyển sang Tiếp cận (giao dịch {{activity}})',
    en: 'Customer {{code}} {{name}} moved to Approached (activity {{activity}})',
  },
  'mail.greeting': {
    vi: 'Gửi email chúc mừng tới {{to}}: {{subject}}',
    en: 'Sent a greeting to {{to}}: {{subject}}',
  },
  'mail.greetingFailed': {
    vi: 'Gửi email chúc mừng tới {{to}} thất bại: {{subject}}',
    en: 'Failed to send a greeting to {{to}}: {{subject}}',
  },
} as const;

export type AuditTextKey = keyof typeof TEXT;

export type AuditText = Bilingual;

const catalogue = bilingualCatalogue(TEXT);

/** Fills a text's `{{name}}`s; a parameter given as `{ vi, en }` is written in each language. */
export function auditText(
  key: AuditTextKey,
  params: Record<string, string | number | AuditText> = {},
): AuditText {
  const fill = (lang: keyof AuditText) =>
    say(
      catalogue,
      lang,
      key,
      Object.fromEntries(Object.entries(params).map(([n, v]) => [n, typeof v === 'object' ? v[lang] : v])),
    );
  return { vi: fill('vi'), en: fill('en') };
}
