import type { ErrorCode } from './error-code';
import { REPORT_MESSAGES } from './messages-report';
import { SALES_MESSAGES } from './messages-sales';
import { CARE_MESSAGES } from './messages-care';
import { CUSTOMER_FIELDS } from '../records/customer';
import { fieldMessagesOf } from '../records/define';

import { bilingualCatalogue, say, type Bilingual, type Locale } from '../i18n';

export type { Locale };

type Catalogue = Record<string, Bilingual>;

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
  ...SALES_MESSAGES,
  ...REPORT_MESSAGES,
  ...CARE_MESSAGES,
  ...fieldMessagesOf('customer', CUSTOMER_FIELDS),
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
  'auth.lastAdmin': {
    vi: 'Không thể bỏ quyền quản trị của quản trị viên cuối cùng: hệ thống cần ít nhất một quản trị viên đang hoạt động.',
    en: 'The last active administrator cannot lose the administrator role: at least one is needed.',
  },
  'apiToken.fromToken': {
    vi: 'API token không thể tạo API token khác: hãy đăng nhập để tạo.',
    en: 'An API token cannot create API tokens: sign in to create one.',
  },
  'apiToken.expiryPast': {
    vi: 'Ngày hết hạn phải ở tương lai.',
    en: 'The expiry date must be in the future.',
  },
  'auth.readOnlyToken': {
    vi: 'API token này chỉ được đọc dữ liệu, không được thay đổi.',
    en: 'This API token is read-only: it cannot change data.',
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
  'v.passwordBlank': {
    vi: 'Mật khẩu không được chỉ gồm khoảng trắng hoặc ký tự vô hình.',
    en: 'The password cannot be only spaces or invisible characters.',
  },
  'v.passwordWeak': {
    vi: 'Mật khẩu quá dễ đoán (mật khẩu phổ biến, dãy số hoặc từ đơn giản). Hãy dùng một cụm từ dài hơn.',
    en: 'The password is too easy to guess (a common password, a sequence or a simple word). Use a longer phrase.',
  },
  'v.tooLong': { vi: 'Quá dài (tối đa {{max}} ký tự).', en: 'Too long (at most {{max}} characters).' },
  'v.date': { vi: 'Ngày không hợp lệ.', en: 'Not a valid date.' },
  'v.invalid': { vi: 'Giá trị không hợp lệ.', en: 'Not a valid value.' },
  'v.phone': {
    vi: 'Số điện thoại không hợp lệ (di động 10 số bắt đầu bằng 0, cố định 11 số).',
    en: 'Not a valid phone number (mobile: 10 digits starting with 0; landline: 11 digits).',
  },
  'v.taxCode': {
    vi: 'Mã số thuế không hợp lệ (10 số đúng số kiểm tra, 10 số-3 số, hoặc 12 số).',
    en: 'Not a valid tax code (10 digits with a valid check digit, 10-3 digits, or 12 digits).',
  },
  'v.code': {
    vi: 'Mã chỉ gồm chữ, số và . _ - (tối đa 30 ký tự).',
    en: 'A code has letters, digits and . _ - only (at most 30).',
  },
  'v.tooMany': { vi: 'Quá nhiều giá trị.', en: 'Too many values.' },
  'v.money': {
    vi: 'Số tiền không hợp lệ (số nguyên VND).',
    en: 'Not a valid amount (whole VND).',
  },
  'v.key': { vi: 'Phím không hợp lệ (0–9, * hoặc #).', en: 'Not a valid key (0–9, * or #).' },
  'v.keyDuplicate': { vi: 'Mỗi phím chỉ được gán một lần.', en: 'Each key may be mapped once.' },
  'v.endBeforeStart': {
    vi: 'Ngày kết thúc phải sau ngày bắt đầu.',
    en: 'The end date must not be before the start date.',
  },
  'v.phoneOrEmail': {
    vi: 'Vui lòng nhập số điện thoại hoặc email.',
    en: 'Please enter a phone number or an e-mail address.',
  },
  'campaign.codeTaken': { vi: 'Mã chiến dịch đã tồn tại.', en: 'This campaign code already exists.' },
  'campaign.ended': {
    vi: 'Chiến dịch đã kết thúc, không thể đăng kí.',
    en: 'This campaign has ended; registration is closed.',
  },
  'campaign.deleteWithMembers': {
    vi: 'Chiến dịch có {{memberCount}} khách hàng. Bạn có chắc chắn muốn xóa?',
    en: 'This campaign has {{memberCount}} customers. Do you really want to delete it?',
  },
  'campaign.invalidTransition': {
    vi: 'Không thể chuyển trạng thái cho {{count}} khách hàng trong chiến dịch.',
    en: 'The status of {{count}} campaign member(s) cannot be changed this way.',
  },
  'campaign.unknownKey': {
    vi: 'Phím {{key}} chưa được gán trạng thái trong chiến dịch.',
    en: 'Key {{key}} is not mapped to a status in this campaign.',
  },
  'v.invalidLevel': {
    vi: 'Không thể chuyển khách hàng sang mức độ này bằng tay.',
    en: 'This level cannot be set by hand.',
  },
  'customer.duplicate': {
    vi: '{{fieldLabel}} đã tồn tại trong khách hàng {{existingName}} thuộc chủ sở hữu {{ownerName}}',
    en: '{{fieldLabel}} already exists in customer {{existingName}} owned by {{ownerName}}',
  },
  'contact.duplicate': {
    vi: '{{fieldLabel}} đã tồn tại trong liên hệ {{existingName}} thuộc chủ sở hữu {{ownerName}}',
    en: '{{fieldLabel}} already exists in contact {{existingName}} owned by {{ownerName}}',
  },
  // Import and export (IMP).
  'company.logoTooLarge': {
    vi: 'Logo quá lớn (tối đa {{maxKb}} KB).',
    en: 'The logo is too large (at most {{maxKb}} KB).',
  },
  'company.logoType': {
    vi: 'Logo phải là ảnh PNG hoặc JPEG.',
    en: 'The logo must be a PNG or JPEG image.',
  },
  'import.noFile': { vi: 'Chưa chọn tệp để nhập khẩu.', en: 'No file was sent.' },
  'import.tooLarge': {
    vi: 'Tệp quá lớn (tối đa {{maxMb}} MB).',
    en: 'The file is too large (at most {{maxMb}} MB).',
  },
  'import.tooManyRows': {
    vi: 'Tệp có quá nhiều dòng (tối đa {{max}} dòng dữ liệu).',
    en: 'The file has too many rows (at most {{max}} data rows).',
  },
  'import.notSpreadsheet': {
    vi: 'Tệp không phải bảng tính .xlsx, .xls, .ods hoặc .csv.',
    en: 'The file is not an .xlsx, .xls, .ods or .csv spreadsheet.',
  },
  'import.encrypted': {
    vi: 'Tệp được đặt mật khẩu. Hãy lưu lại thành .xlsx không mật khẩu hoặc .csv.',
    en: 'The file is password-protected. Save it as an unprotected .xlsx or as .csv.',
  },
  'import.tooBigToReadWhole': {
    vi: 'Tệp {{format}} quá lớn để đọc (tối đa khoảng {{max}} MB dữ liệu). Hãy lưu lại thành .xlsx hoặc .csv: hai định dạng này nhập được tệp lớn.',
    en: 'This {{format}} file is too big to read (at most about {{max}} MB of data). Save it as .xlsx or .csv, which import large files.',
  },
  'import.corrupt': { vi: 'Tệp bị hỏng, không đọc được.', en: 'The file is damaged and cannot be read.' },
  'import.zipBomb': {
    vi: 'Tệp nén bất thường (dung lượng giải nén quá lớn) nên không được đọc.',
    en: 'The file expands to an abnormal size when unpacked, so it is not read.',
  },
  'import.cellTooLong': {
    vi: 'Dòng {{row}}, cột {{column}}: ô dài quá {{max}} ký tự (giới hạn của chính Excel). Tệp không được nhập.',
    en: "Row {{row}}, column {{column}}: a cell is longer than {{max}} characters (Excel's own limit). The file is not imported.",
  },
  'import.lineTooLong': {
    vi: 'Dòng {{row}} của tệp dài quá {{maxMb}} MB. Tệp không được nhập.',
    en: 'Line {{row}} of the file is longer than {{maxMb}} MB. The file is not imported.',
  },
  'import.notUtf8': {
    vi: 'Tệp .csv phải được lưu với bảng mã UTF-8.',
    en: 'The .csv file must be saved as UTF-8.',
  },
  'import.emptySheet': {
    vi: 'Trang tính đầu tiên của tệp không có dữ liệu.',
    en: 'The first sheet of the file has no data.',
  },
  'import.noHeader': {
    vi: 'Không tìm thấy dòng tiêu đề: dòng đầu tiên phải là tên các cột.',
    en: 'No header row: the first row must name the columns.',
  },
  'import.noRows': {
    vi: 'Tệp chỉ có dòng tiêu đề, không có dòng dữ liệu.',
    en: 'The file has a header row but no data rows.',
  },
  'import.notRunnable': {
    vi: 'Tác vụ nhập khẩu này đang chạy hoặc đã hoàn thành.',
    en: 'This import is running or has already finished.',
  },
  'import.mappingTwice': {
    vi: 'Trường {{fieldLabel}} được chọn cho nhiều cột.',
    en: 'The field {{fieldLabel}} is chosen for more than one column.',
  },
  'import.requiredNotMapped': {
    vi: 'Chưa chọn cột cho trường bắt buộc {{fieldLabel}}.',
    en: 'No column is chosen for the required field {{fieldLabel}}.',
  },
  'import.duplicateInFile': {
    vi: '{{fieldLabel}} trùng với dòng {{row}} trong tệp.',
    en: '{{fieldLabel}} repeats row {{row}} of the file.',
  },
  'import.severalMatches': {
    vi: 'Dòng trùng với nhiều bản ghi khác nhau ({{fieldLabel}}).',
    en: 'The row matches several different records ({{fieldLabel}}).',
  },
  'import.unknownChoice': {
    vi: 'Không có "{{value}}" trong danh sách chọn.',
    en: '"{{value}}" is not one of the values offered.',
  },
  'import.unknownCategory': {
    vi: 'Không có danh mục "{{value}}".',
    en: 'There is no category "{{value}}".',
  },
  'import.unknownOwner': {
    vi: 'Không có người dùng đang hoạt động "{{value}}" (ghi email hoặc họ tên).',
    en: 'There is no active user "{{value}}" (write their e-mail or full name).',
  },
  'import.ambiguousOwner': {
    vi: 'Có nhiều người dùng tên "{{value}}": hãy ghi email.',
    en: 'Several users are named "{{value}}": write the e-mail.',
  },
  'import.ownerNotAllowed': {
    vi: 'Nhân viên chỉ nhập khẩu được bản ghi của chính mình.',
    en: 'Staff import only records they own.',
  },
  'import.unknownCustomer': {
    vi: 'Không tìm thấy khách hàng có mã "{{value}}".',
    en: 'No customer has the code "{{value}}".',
  },
  'import.interrupted': {
    vi: 'Máy chủ dừng khi đang nhập khẩu. Đã ghi xong {{row}} dòng; chạy lại để tiếp tục.',
    en: 'The server stopped during the import after {{row}} rows; run it again to continue.',
  },
  'import.crashed': {
    vi: 'Nhập khẩu bị lỗi sau {{row}} dòng; chạy lại để tiếp tục.',
    en: 'The import failed after {{row}} rows; run it again to continue.',
  },
  'import.badFilter': { vi: 'Bộ lọc không hợp lệ.', en: 'The filter is not valid.' },
  'category.nameTaken': { vi: 'Tên danh mục đã tồn tại.', en: 'This category name already exists.' },
  'category.inUse': {
    vi: 'Danh mục đang được sử dụng, không thể xóa.',
    en: 'This category is in use and cannot be deleted.',
  },
  'record.notInTrash': {
    vi: 'Chỉ xóa vĩnh viễn được bản ghi trong thùng rác.',
    en: 'Only records in the trash can be purged.',
  },
  'field.name': { vi: 'Tên', en: 'Name' },
  'field.code': { vi: 'Mã khách hàng', en: 'Customer code' },
  'field.email': { vi: 'Email', en: 'E-mail' },
  'field.phone': { vi: 'Số điện thoại', en: 'Phone' },
  'field.mobile': { vi: 'Di động', en: 'Mobile' },
  'field.fax': { vi: 'Fax', en: 'Fax' },
  'field.taxCode': { vi: 'Mã số thuế', en: 'Tax code' },
  'field.website': { vi: 'Website', en: 'Website' },
  'field.officeAddress': { vi: 'Địa chỉ văn phòng', en: 'Office address' },
  'field.businessAddress': { vi: 'Địa chỉ đăng ký kinh doanh', en: 'Business-registration address' },
  'field.foundedOn': { vi: 'Ngày thành lập', en: 'Founded on' },
  'field.industry': { vi: 'Lĩnh vực kinh doanh', en: 'Industry' },
  'field.scale': { vi: 'Quy mô tổ chức', en: 'Scale' },
  'field.source': { vi: 'Nguồn', en: 'Source' },
  'field.description': { vi: 'Mô tả', en: 'Description' },
  'field.customer': { vi: 'Khách hàng', en: 'Customer' },
  'field.title': { vi: 'Chức vụ', en: 'Title' },
  'field.gender': { vi: 'Giới tính', en: 'Gender' },
  'field.birthday': { vi: 'Ngày sinh', en: 'Birthday' },
  'field.address': { vi: 'Địa chỉ', en: 'Address' },
  'v.dueBeforeStart': {
    vi: 'Hạn hoàn thành phải sau thời gian bắt đầu.',
    en: 'The due date must not be before the start.',
  },
  'mail.noSmtp': {
    vi: 'Chưa cấu hình máy chủ gửi thư (SMTP) trong tham số hệ thống.',
    en: 'No mail server (SMTP) is configured in the system parameters.',
  },
  'mail.noRecipient': {
    vi: 'Người nhận chưa có địa chỉ email.',
    en: 'The recipient has no e-mail address.',
  },
  'mail.sendFailed': {
    vi: 'Không gửi được email: máy chủ thư từ chối hoặc không phản hồi.',
    en: 'The e-mail could not be sent: the mail server refused it or did not answer.',
  },
  'export.interrupted': {
    vi: 'Bản xuất khẩu đã dừng giữa chừng (máy chủ khởi động lại). Vui lòng xuất lại.',
    en: 'The export stopped halfway (the server restarted). Please export again.',
  },
  'v.samePassword': {
    vi: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
    en: 'The new password must differ from the current one.',
  },
};

/** A message key with its parameters inline, for rules that only carry a string: `v.tooLong|max=50`. */
export function keyWith(key: string, params: Record<string, string | number>): string {
  return [key, ...Object.entries(params).map(([k, v]) => `${k}=${v}`)].join('|');
}

const catalogue = bilingualCatalogue({ ...byCode, ...byKey });

export function translate(locale: Locale, codeOrKey: string, params: Record<string, unknown> = {}): string {
  const [key, ...inline] = codeOrKey.split('|');
  if (inline.length > 0 && hasMessage(key)) {
    const own = Object.fromEntries(
      inline.map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]),
    );
    return translate(locale, key, { ...params, ...own });
  }
  // A parameter written `@key` is itself a message key (e.g. a field label), translated too.
  const values = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === 'string' && value.startsWith('@') && value.slice(1) in byKey
        ? byKey[value.slice(1)][locale]
        : value,
    ]),
  );
  return say(catalogue, locale, codeOrKey, values);
}

export function hasMessage(key: string): boolean {
  return key in byKey || key in byCode;
}
