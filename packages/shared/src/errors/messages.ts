import type { ErrorCode } from './error-code';

export type Locale = 'vi' | 'en';

type Catalogue = Record<string, { vi: string; en: string }>;

/** Default message per code; specific keys below override it. `{{name}}` is interpolated. */
const byCode: Record<ErrorCode, { vi: string; en: string }> = {
  UNAUTHENTICATED: { vi: 'Bạn cần đăng nhập để tiếp tục.', en: 'Please log in to continue.' },
  FORBIDDEN: { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' },
  NOT_FOUND: { vi: 'Không tìm thấy dữ liệu.', en: 'The record was not found.' },
  BAD_USER_INPUT: { vi: 'Dữ liệu không hợp lệ.', en: 'The input is not valid.' },
  DUPLICATE: { vi: 'Dữ liệu đã tồn tại.', en: 'This value already exists.' },
  INVALID_TRANSITION: {
    vi: 'Không thể chuyển sang trạng thái này.',
    en: 'This status change is not allowed.',
  },
  CONFLICT: {
    vi: 'Dữ liệu đã được người khác cập nhật. Vui lòng tải lại và thử lại.',
    en: 'Someone else has changed this record. Reload and try again.',
  },
  CONFIRMATION_REQUIRED: {
    vi: 'Thao tác cần được xác nhận.',
    en: 'This action needs confirmation.',
  },
  TOO_MANY_REQUESTS: {
    vi: 'Bạn đã thử quá nhiều lần. Vui lòng thử lại sau {{retryAfterSeconds}} giây.',
    en: 'Too many attempts. Try again in {{retryAfterSeconds}} seconds.',
  },
  INTERNAL_SERVER_ERROR: {
    vi: 'Đã có lỗi xảy ra. Vui lòng thử lại sau.',
    en: 'Something went wrong. Please try again later.',
  },
};

const byKey: Catalogue = {
  'auth.invalidCredentials': {
    vi: 'Email hoặc mật khẩu không đúng.',
    en: 'Wrong e-mail or password.',
  },
  'auth.inactive': {
    vi: 'Tài khoản đã bị ngừng hoạt động.',
    en: 'This account has been deactivated.',
  },
  'auth.tokenExpired': {
    vi: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
    en: 'Your session has expired. Please log in again.',
  },
  'auth.tokenInvalid': {
    vi: 'Mã truy cập không hợp lệ hoặc đã bị thu hồi.',
    en: 'The access token is invalid or has been revoked.',
  },
  'auth.wrongCurrentPassword': {
    vi: 'Mật khẩu hiện tại không đúng.',
    en: 'The current password is wrong.',
  },
  'auth.adminOnly': {
    vi: 'Chỉ tài khoản quản trị mới có thể thực hiện thao tác này.',
    en: 'Only an administrator can do this.',
  },
  'auth.selfDeactivate': {
    vi: 'Bạn không thể tự ngừng hoạt động tài khoản của mình.',
    en: 'You cannot deactivate your own account.',
  },
  'query.tooDeep': {
    vi: 'Truy vấn lồng quá sâu (tối đa {{max}} cấp).',
    en: 'The query is nested too deeply (at most {{max}} levels).',
  },
  'query.tooComplex': {
    vi: 'Truy vấn quá phức tạp ({{cost}} > {{max}}).',
    en: 'The query is too costly ({{cost}} > {{max}}).',
  },
  'query.firstTooLarge': {
    vi: 'Chỉ lấy được tối đa {{max}} bản ghi mỗi trang.',
    en: 'At most {{max}} records can be fetched per page.',
  },
  'query.badCursor': { vi: 'Con trỏ phân trang không hợp lệ.', en: 'The page cursor is not valid.' },
  'query.malformed': { vi: 'Yêu cầu không đúng định dạng JSON.', en: 'The request is not valid JSON.' },
  'query.tooLarge': { vi: 'Yêu cầu quá lớn.', en: 'The request is too large.' },
  'query.invalid': {
    vi: 'Truy vấn GraphQL không hợp lệ: {{detail}}',
    en: 'Invalid GraphQL query: {{detail}}',
  },
  'user.emailTaken': {
    vi: 'Email đã tồn tại trong người dùng {{existingName}}',
    en: 'E-mail already belongs to user {{existingName}}',
  },
  'department.nameTaken': {
    vi: 'Tên phòng ban đã tồn tại.',
    en: 'A department with this name already exists.',
  },
  // Field validation messages (used by zod schemas on both sides).
  'v.required': { vi: 'Trường này là bắt buộc.', en: 'This field is required.' },
  'v.email': { vi: 'Email không hợp lệ.', en: 'Not a valid e-mail address.' },
  'v.passwordLength': {
    vi: 'Mật khẩu phải có từ 8 đến 128 ký tự.',
    en: 'The password must have 8 to 128 characters.',
  },
  'v.tooLong': { vi: 'Quá dài (tối đa {{max}} ký tự).', en: 'Too long (at most {{max}} characters).' },
  'v.date': { vi: 'Ngày không hợp lệ.', en: 'Not a valid date.' },
  'v.invalid': { vi: 'Giá trị không hợp lệ.', en: 'Not a valid value.' },
  'v.samePassword': {
    vi: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
    en: 'The new password must differ from the current one.',
  },
};

export function translate(locale: Locale, codeOrKey: string, params: Record<string, unknown> = {}): string {
  const entry = byKey[codeOrKey] ?? byCode[codeOrKey as ErrorCode];
  const template = entry ? entry[locale] : codeOrKey;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

export function hasMessage(key: string): boolean {
  return key in byKey || key in byCode;
}

/** Picks `en` only when the caller prefers English over Vietnamese; Vietnamese is the default. */
export function pickLocale(acceptLanguage: string | undefined | null): Locale {
  if (!acceptLanguage) {
    return 'vi';
  }
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag, ...rest] = part.trim().toLowerCase().split(';');
      const q = rest.find((p) => p.trim().startsWith('q='));
      return { tag: tag.split('-')[0], q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .filter((x) => x.tag === 'vi' || x.tag === 'en')
    .sort((a, b) => b.q - a.q);
  return ranked[0]?.tag === 'en' ? 'en' : 'vi';
}
