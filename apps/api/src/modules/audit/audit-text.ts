/** Audit descriptions in both languages, written once; the log shows the caller's language. */
const TEXT = {
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
} as const;

export type AuditTextKey = keyof typeof TEXT;

export interface AuditText {
  vi: string;
  en: string;
}

export function auditText(key: AuditTextKey, params: Record<string, string | number> = {}): AuditText {
  const fill = (t: string) => t.replace(/\{\{(\w+)\}\}/g, (_, n: string) => String(params[n] ?? ''));
  return { vi: fill(TEXT[key].vi), en: fill(TEXT[key].en) };
}
