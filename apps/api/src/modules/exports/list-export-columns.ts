import {
  PAYMENT_METHOD_LABEL,
  type AuditAction,
  type AuditModule,
  type Locale,
  type PaymentMethod,
} from '@sen/shared';
import type { Activity } from '../activity/activity.entity';
import type { AuditLog } from '../audit/audit-log.entity';
import type { Campaign } from '../campaign/campaign.entity';
import { todayVi } from '../campaign/campaign-access';
import type { CareCard } from '../care-card/care-card.entity';
import type { Contract } from '../contract/contract.entity';
import type { Invoice } from '../invoice/invoice.entity';
import type { Opportunity } from '../opportunity/opportunity.entity';
import type { Order } from '../order/order.entity';
import type { Product } from '../product/product.entity';
import type { Quote } from '../quote/quote.entity';
import type { Receipt } from '../receipt/receipt.entity';
import type { User } from '../user/user.entity';

/** Names of what a batch of rows points at: read once per export (users, categories, departments) or per batch (customers). */
export interface ListLookups {
  users: Map<string, string>;
  categories: Map<string, string>;
  departments: Map<string, string>;
  customers: Map<string, { code: string; name: string }>;
}

/**
 * How a value is written: text (neutralised against formulas), money (whole đồng, a number),
 * a number, a calendar day (`YYYY-MM-DD`) or a moment (shown in Vietnam's time), as dates.
 */
export type CellKind = 'text' | 'money' | 'number' | 'date' | 'datetime';
export type CellValue = string | number | Date | null | undefined;

export interface ListColumn<T> {
  /** The list screen's column id (the export's `columns=`). */
  key: string;
  vi: string;
  en: string;
  kind: CellKind;
  value(row: T, l: ListLookups, locale: Locale): CellValue;
}

type Label = { vi: string; en: string };
type Labels<K extends string> = Record<K, Label>;

const col = <T>(
  key: string,
  [vi, en]: [string, string],
  value: ListColumn<T>['value'],
  kind: CellKind = 'text',
): ListColumn<T> => ({ key, vi, en, kind, value });

const label = <K extends string>(labels: Labels<K>, v: K | null | undefined, l: Locale) =>
  v ? (labels[v]?.[l] ?? v) : '';

const user = (id: string | null | undefined, l: ListLookups) => (id ? l.users.get(id) : '') ?? '';
const customerCode = (id: string, l: ListLookups) => l.customers.get(id)?.code ?? '';
const customerName = (id: string, l: ListLookups) => l.customers.get(id)?.name ?? '';
const method = (m: PaymentMethod | null, l: Locale) => (m ? PAYMENT_METHOD_LABEL[m][l] : '');

const CUSTOMER_CODE: [string, string] = ['Mã khách hàng', 'Customer code'];
const CUSTOMER: [string, string] = ['Khách hàng', 'Customer'];
const OWNER: [string, string] = ['Người phụ trách', 'Owner'];
const CREATED: [string, string] = ['Ngày tạo', 'Created on'];
const STATUS: [string, string] = ['Trạng thái', 'Status'];

/** The columns every sales document shares, after its own leading ones. */
function documentMoney<T extends Quote | Contract | Order | Invoice>(): ListColumn<T>[] {
  return [
    col<T>('amount', ['Tiền hàng', 'Amount'], (d) => d.amount, 'money'),
    col<T>('discount', ['Chiết khấu', 'Discount'], (d) => d.discount, 'money'),
    col<T>('vat', ['Tiền thuế GTGT', 'VAT'], (d) => d.vat, 'money'),
    col<T>('total', ['Tổng tiền thanh toán', 'Total'], (d) => d.total, 'money'),
  ];
}

const PRODUCT_KIND: Labels<Product['kind']> = {
  GOODS: { vi: 'Hàng hóa', en: 'Goods' },
  SERVICE: { vi: 'Dịch vụ', en: 'Service' },
};
const VAT_RATE: Labels<Product['vatRate']> = {
  ZERO: { vi: '0%', en: '0%' },
  FIVE: { vi: '5%', en: '5%' },
  EIGHT: { vi: '8%', en: '8%' },
  TEN: { vi: '10%', en: '10%' },
  EXEMPT: { vi: 'Không chịu thuế', en: 'Exempt' },
};

export const PRODUCT_COLUMNS: ListColumn<Product>[] = [
  col('code', ['Mã hàng hóa', 'Product code'], (p) => p.code),
  col('name', ['Tên hàng hóa', 'Name'], (p) => p.name),
  col('kind', ['Loại', 'Kind'], (p, _, l) => label(PRODUCT_KIND, p.kind, l)),
  col('unit', ['Đơn vị tính', 'Unit'], (p) => p.unit),
  col('price', ['Đơn giá', 'Price'], (p) => p.price, 'money'),
  col('vatRate', ['Thuế suất GTGT', 'VAT rate'], (p, _, l) => label(VAT_RATE, p.vatRate, l)),
  col('group', ['Nhóm hàng hóa', 'Product group'], (p, l) => (p.groupId ? l.categories.get(p.groupId) : '')),
  col('active', STATUS, (p, _, l) =>
    p.active ? (l === 'en' ? 'Active' : 'Đang kinh doanh') : l === 'en' ? 'Inactive' : 'Ngừng kinh doanh',
  ),
  col('description', ['Mô tả', 'Description'], (p) => p.description),
  col('createdAt', CREATED, (p) => p.createdAt, 'datetime'),
];

const STAGE: Labels<Opportunity['stage']> = {
  NEEDS_ANALYSIS: { vi: 'Tìm hiểu nhu cầu', en: 'Needs analysis' },
  PROPOSAL: { vi: 'Đề xuất giải pháp/báo giá', en: 'Proposal / quote' },
  NEGOTIATION: { vi: 'Thương lượng đàm phán', en: 'Negotiation' },
  WON: { vi: 'Chốt thắng', en: 'Won' },
  LOST: { vi: 'Chốt thua', en: 'Lost' },
};

export const OPPORTUNITY_COLUMNS: ListColumn<Opportunity>[] = [
  col('code', ['Mã cơ hội', 'Code'], (o) => o.code),
  col('name', ['Tên cơ hội', 'Name'], (o) => o.name),
  col('customerCode', CUSTOMER_CODE, (o, l) => customerCode(o.customerId, l)),
  col('customer', CUSTOMER, (o, l) => customerName(o.customerId, l)),
  col('stage', ['Giai đoạn', 'Stage'], (o, _, l) => label(STAGE, o.stage, l)),
  col('probability', ['Xác suất thành công (%)', 'Probability (%)'], (o) => o.probability, 'number'),
  col('expectedValue', ['Giá trị dự kiến', 'Expected value'], (o) => o.expectedValue, 'money'),
  col('expectedCloseDate', ['Ngày dự kiến chốt', 'Expected close'], (o) => o.expectedCloseDate, 'date'),
  col('source', ['Nguồn', 'Source'], (o, l) => (o.sourceId ? l.categories.get(o.sourceId) : '')),
  col('lostReason', ['Lý do thua', 'Reason lost'], (o) => o.lostReason),
  col('owner', OWNER, (o, l) => user(o.ownerId, l)),
  col('createdAt', CREATED, (o) => o.createdAt, 'datetime'),
];

const QUOTE_STATUS: Labels<Quote['status'] | 'EXPIRED'> = {
  DRAFT: { vi: 'Nháp', en: 'Draft' },
  SENT: { vi: 'Đã gửi', en: 'Sent' },
  ACCEPTED: { vi: 'Chấp nhận', en: 'Accepted' },
  REJECTED: { vi: 'Từ chối', en: 'Rejected' },
  EXPIRED: { vi: 'Hết hạn', en: 'Expired' },
};
/** As the list shows it: an open quote past its validity is "Hết hạn". */
const quoteStatus = (q: Quote) =>
  (q.status === 'DRAFT' || q.status === 'SENT') && q.validUntil && q.validUntil < todayVi()
    ? 'EXPIRED'
    : q.status;

export const QUOTE_COLUMNS: ListColumn<Quote>[] = [
  col('number', ['Số báo giá', 'Quote number'], (q) => q.number),
  col('date', ['Ngày báo giá', 'Quote date'], (q) => q.date, 'date'),
  col('validUntil', ['Hiệu lực đến', 'Valid until'], (q) => q.validUntil, 'date'),
  col('customerCode', CUSTOMER_CODE, (q, l) => customerCode(q.customerId, l)),
  col('customer', CUSTOMER, (q, l) => customerName(q.customerId, l)),
  col('status', STATUS, (q, _, l) => label(QUOTE_STATUS, quoteStatus(q), l)),
  ...documentMoney<Quote>(),
  col('owner', OWNER, (q, l) => user(q.ownerId, l)),
  col('createdAt', CREATED, (q) => q.createdAt, 'datetime'),
];

const CONTRACT_STATUS: Labels<Contract['status']> = {
  DRAFT: { vi: 'Nháp', en: 'Draft' },
  ACTIVE: { vi: 'Đang thực hiện', en: 'In progress' },
  COMPLETED: { vi: 'Hoàn thành', en: 'Completed' },
  LIQUIDATED: { vi: 'Thanh lý', en: 'Liquidated' },
  CANCELLED: { vi: 'Hủy', en: 'Cancelled' },
};

export const CONTRACT_COLUMNS: ListColumn<Contract>[] = [
  col('number', ['Số hợp đồng', 'Contract number'], (c) => c.number),
  col('customerCode', CUSTOMER_CODE, (c, l) => customerCode(c.customerId, l)),
  col('customer', CUSTOMER, (c, l) => customerName(c.customerId, l)),
  col('signed', ['Đã ký', 'Signed'], (c, _, l) =>
    c.signed ? (l === 'en' ? 'Yes' : 'Có') : l === 'en' ? 'No' : 'Không',
  ),
  col('signedOn', ['Ngày ký', 'Signed on'], (c) => c.signedOn, 'date'),
  col('validFrom', ['Hiệu lực từ', 'Valid from'], (c) => c.validFrom, 'date'),
  col('validTo', ['Hiệu lực đến', 'Valid to'], (c) => c.validTo, 'date'),
  col('status', STATUS, (c, _, l) => label(CONTRACT_STATUS, c.status, l)),
  col('value', ['Giá trị hợp đồng', 'Contract value'], (c) => c.value, 'money'),
  ...documentMoney<Contract>(),
  col('owner', OWNER, (c, l) => user(c.ownerId, l)),
  col('createdAt', CREATED, (c) => c.createdAt, 'datetime'),
];

const ORDER_STATUS: Labels<Order['status']> = {
  NEW: { vi: 'Mới', en: 'New' },
  PROCESSING: { vi: 'Đang xử lý', en: 'Processing' },
  DELIVERED: { vi: 'Đã giao', en: 'Delivered' },
  CANCELLED: { vi: 'Hủy', en: 'Cancelled' },
};
const PAYMENT_STATUS: Labels<Order['paymentStatus']> = {
  UNPAID: { vi: 'Chưa thanh toán', en: 'Unpaid' },
  PARTIAL: { vi: 'Thanh toán một phần', en: 'Partly paid' },
  PAID: { vi: 'Đã thanh toán', en: 'Paid' },
};
const outstanding = (d: Order | Invoice) => Number(d.total) - Number(d.received);

export const ORDER_COLUMNS: ListColumn<Order>[] = [
  col('number', ['Số đơn hàng', 'Order number'], (o) => o.number),
  col('date', ['Ngày đơn hàng', 'Order date'], (o) => o.date, 'date'),
  col('customerCode', CUSTOMER_CODE, (o, l) => customerCode(o.customerId, l)),
  col('customer', CUSTOMER, (o, l) => customerName(o.customerId, l)),
  col('deliveryDate', ['Ngày giao hàng', 'Delivery date'], (o) => o.deliveryDate, 'date'),
  col('deliveryAddress', ['Địa chỉ giao hàng', 'Delivery address'], (o) => o.deliveryAddress),
  col('status', STATUS, (o, _, l) => label(ORDER_STATUS, o.status, l)),
  col('paymentStatus', ['Tình trạng thanh toán', 'Payment status'], (o, _, l) =>
    label(PAYMENT_STATUS, o.paymentStatus, l),
  ),
  ...documentMoney<Order>(),
  col('received', ['Đã thu', 'Received'], (o) => o.received, 'money'),
  col('outstanding', ['Còn phải thu', 'Outstanding'], outstanding, 'money'),
  col('notes', ['Ghi chú', 'Notes'], (o) => o.notes),
  col('owner', OWNER, (o, l) => user(o.ownerId, l)),
  col('createdAt', CREATED, (o) => o.createdAt, 'datetime'),
];

const INVOICE_STATUS: Labels<Invoice['status']> = {
  DRAFT: { vi: 'Nháp', en: 'Draft' },
  ISSUED: { vi: 'Đã phát hành', en: 'Issued' },
  PARTIAL: { vi: 'Thanh toán một phần', en: 'Partly paid' },
  PAID: { vi: 'Đã thanh toán', en: 'Paid' },
  CANCELLED: { vi: 'Hủy', en: 'Cancelled' },
};

export const INVOICE_COLUMNS: ListColumn<Invoice>[] = [
  col('number', ['Số hóa đơn', 'Invoice number'], (i) => i.number),
  col('date', ['Ngày hóa đơn', 'Invoice date'], (i) => i.date, 'date'),
  col('dueDate', ['Hạn thanh toán', 'Due date'], (i) => i.dueDate, 'date'),
  col('customerCode', CUSTOMER_CODE, (i, l) => customerCode(i.customerId, l)),
  col('customer', CUSTOMER, (i, l) => customerName(i.customerId, l)),
  col('buyer', ['Đơn vị mua hàng', 'Buyer'], (i) => i.buyerName),
  col('buyerTaxCode', ['Mã số thuế người mua', 'Buyer tax code'], (i) => i.buyerTaxCode),
  col('paymentMethod', ['Hình thức thanh toán', 'Payment method'], (i, _, l) => method(i.paymentMethod, l)),
  col('status', STATUS, (i, _, l) => label(INVOICE_STATUS, i.status, l)),
  ...documentMoney<Invoice>(),
  col('received', ['Đã thu', 'Received'], (i) => i.received, 'money'),
  col(
    'outstanding',
    ['Còn phải thu', 'Outstanding'],
    (i) => (i.status === 'CANCELLED' ? 0 : outstanding(i)),
    'money',
  ),
  col('owner', OWNER, (i, l) => user(i.ownerId, l)),
  col('createdAt', CREATED, (i) => i.createdAt, 'datetime'),
];

export const RECEIPT_COLUMNS: ListColumn<Receipt>[] = [
  col('number', ['Số phiếu thu', 'Receipt number'], (r) => r.number),
  col('date', ['Ngày thu', 'Date received'], (r) => r.date, 'date'),
  col('customerCode', CUSTOMER_CODE, (r, l) => customerCode(r.customerId, l)),
  col('customer', CUSTOMER, (r, l) => customerName(r.customerId, l)),
  col('amount', ['Số tiền thu', 'Amount received'], (r) => r.amount, 'money'),
  col('method', ['Hình thức thanh toán', 'Payment method'], (r, _, l) => method(r.method, l)),
  col('note', ['Ghi chú', 'Notes'], (r) => r.note),
  col('owner', OWNER, (r, l) => user(r.ownerId, l)),
  col('createdAt', CREATED, (r) => r.createdAt, 'datetime'),
];

export const CARE_CARD_COLUMNS: ListColumn<CareCard>[] = [
  col('code', ['Mã thẻ chăm sóc', 'Care card code'], (c) => c.code),
  col('customerCode', CUSTOMER_CODE, (c, l) => customerCode(c.customerId, l)),
  col('customer', CUSTOMER, (c, l) => customerName(c.customerId, l)),
  col('orderNumber', ['Số đơn hàng', 'Order number'], (c) => c.orderNumber),
  col('owner', OWNER, (c, l) => user(c.ownerId, l)),
  col('unit', ['Đơn vị', 'Unit'], (c, l) => (c.unitId ? l.departments.get(c.unitId) : '')),
  col('careDate', ['Ngày chăm sóc', 'Care date'], (c) => c.careDate, 'date'),
  col('channel', ['Kênh chăm sóc', 'Care channel'], (c) => c.channel),
  col('satisfaction', ['Mức độ hài lòng', 'Satisfaction'], (c) => c.satisfaction),
  col('result', ['Kết quả chăm sóc', 'Care result'], (c) => c.result),
  col('notes', ['Ghi chú', 'Notes'], (c) => c.notes),
  col('tags', ['Thẻ', 'Tags'], (c) => c.tags.join(', ')),
  col('createdAt', CREATED, (c) => c.createdAt, 'datetime'),
];

const ACTIVITY_TYPE: Labels<Activity['type']> = {
  CALL: { vi: 'Gọi điện', en: 'Call' },
  MEETING: { vi: 'Gặp mặt', en: 'Meeting' },
  EMAIL: { vi: 'Email', en: 'E-mail' },
  TASK: { vi: 'Công việc', en: 'Task' },
  NOTE: { vi: 'Ghi chú', en: 'Note' },
  APPOINTMENT: { vi: 'Lịch hẹn', en: 'Appointment' },
};
const ACTIVITY_STATUS: Labels<Activity['status']> = {
  PLANNED: { vi: 'Kế hoạch', en: 'Planned' },
  IN_PROGRESS: { vi: 'Đang thực hiện', en: 'In progress' },
  DONE: { vi: 'Hoàn thành', en: 'Done' },
  CANCELLED: { vi: 'Hủy', en: 'Cancelled' },
};
const PRIORITY: Labels<Activity['priority']> = {
  LOW: { vi: 'Thấp', en: 'Low' },
  NORMAL: { vi: 'Bình thường', en: 'Normal' },
  HIGH: { vi: 'Cao', en: 'High' },
  URGENT: { vi: 'Khẩn cấp', en: 'Urgent' },
};

export const ACTIVITY_COLUMNS: ListColumn<Activity>[] = [
  col('name', ['Tên giao dịch', 'Name'], (a) => a.name),
  col('type', ['Loại giao dịch', 'Type'], (a, _, l) => label(ACTIVITY_TYPE, a.type, l)),
  col('status', STATUS, (a, _, l) => label(ACTIVITY_STATUS, a.status, l)),
  col('priority', ['Mức độ ưu tiên', 'Priority'], (a, _, l) => label(PRIORITY, a.priority, l)),
  col('startAt', ['Bắt đầu', 'Starts'], (a) => a.startAt, 'datetime'),
  col('dueAt', ['Hạn hoàn thành', 'Due'], (a) => a.dueAt, 'datetime'),
  col('assignee', ['Người thực hiện', 'Assignee'], (a, l) => user(a.assigneeId, l)),
  col('createdBy', ['Người tạo', 'Created by'], (a, l) => user(a.createdById, l)),
  col('description', ['Mô tả', 'Description'], (a) => a.description),
  col('createdAt', CREATED, (a) => a.createdAt, 'datetime'),
];

const CAMPAIGN_STATUS: Labels<'UPCOMING' | 'RUNNING' | 'ENDED'> = {
  UPCOMING: { vi: 'Sắp diễn ra', en: 'Upcoming' },
  RUNNING: { vi: 'Đang diễn ra', en: 'Running' },
  ENDED: { vi: 'Đã kết thúc', en: 'Ended' },
};
const campaignStatus = (c: Campaign) => {
  const today = todayVi();
  return c.startDate > today ? 'UPCOMING' : c.endDate && c.endDate < today ? 'ENDED' : 'RUNNING';
};

export const CAMPAIGN_COLUMNS: ListColumn<Campaign>[] = [
  col('code', ['Mã chiến dịch', 'Code'], (c) => c.code),
  col('name', ['Tên chiến dịch', 'Name'], (c) => c.name),
  col('type', ['Loại chiến dịch', 'Type'], (c) => c.type),
  col('startDate', ['Ngày bắt đầu', 'Start date'], (c) => c.startDate, 'date'),
  col('endDate', ['Ngày kết thúc', 'End date'], (c) => c.endDate, 'date'),
  col('status', STATUS, (c, _, l) => label(CAMPAIGN_STATUS, campaignStatus(c), l)),
  col('executor', ['Người thực hiện', 'Executor'], (c, l) => user(c.executorId, l)),
  col('creator', ['Người tạo', 'Created by'], (c, l) => user(c.creatorId, l)),
  col('budget', ['Ngân sách', 'Budget'], (c) => c.budget, 'money'),
  col('expectedRevenue', ['Doanh thu kỳ vọng', 'Expected revenue'], (c) => c.expectedRevenue, 'money'),
  col('actualRevenue', ['Doanh thu thực tế', 'Actual revenue'], (c) => c.actualRevenue, 'money'),
  col(
    'expenses',
    ['Tổng chi phí', 'Total expenses'],
    (c) => c.expenses.reduce((sum, e) => sum + Number(e.amount), 0),
    'money',
  ),
  col('description', ['Mô tả', 'Description'], (c) => c.description),
  col('createdAt', CREATED, (c) => c.createdAt, 'datetime'),
];

const ROLE: Labels<User['role']> = {
  ADMIN: { vi: 'Quản trị viên', en: 'Administrator' },
  MANAGER: { vi: 'Quản lý', en: 'Manager' },
  STAFF: { vi: 'Nhân viên', en: 'Staff' },
};

/** The users list (Cài đặt → Người dùng), as an admin sees it. */
export const USER_COLUMNS: ListColumn<User>[] = [
  col('name', ['Họ tên', 'Full name'], (u) => u.name),
  col('email', ['Email', 'E-mail'], (u) => u.email),
  col('role', ['Vai trò', 'Role'], (u, _, l) => label(ROLE, u.role, l)),
  col('department', ['Phòng ban', 'Department'], (u, l) =>
    u.departmentId ? l.departments.get(u.departmentId) : '',
  ),
  col('status', STATUS, (u, _, l) =>
    u.active ? (l === 'en' ? 'Active' : 'Đang hoạt động') : l === 'en' ? 'Inactive' : 'Ngừng hoạt động',
  ),
  col('birthday', ['Ngày sinh', 'Birthday'], (u) => u.birthday, 'date'),
  col('createdAt', CREATED, (u) => u.createdAt, 'datetime'),
];

const AUDIT_ACTION: Labels<AuditAction> = {
  CREATE: { vi: 'Thêm mới', en: 'Create' },
  UPDATE: { vi: 'Sửa', en: 'Update' },
  DELETE: { vi: 'Xóa', en: 'Delete' },
  RESTORE: { vi: 'Khôi phục', en: 'Restore' },
  IMPORT: { vi: 'Nhập khẩu', en: 'Import' },
  EXPORT: { vi: 'Xuất khẩu', en: 'Export' },
  SHARE: { vi: 'Chia sẻ', en: 'Share' },
  TRANSFER: { vi: 'Chuyển chủ sở hữu', en: 'Transfer' },
  STATUS_CHANGE: { vi: 'Chuyển trạng thái', en: 'Status change' },
  LOGIN: { vi: 'Đăng nhập', en: 'Log in' },
};

/** The Logs screen's module names (its translations); a module added later shows its raw name. */
const AUDIT_MODULE: Labels<AuditModule> = {
  auth: { vi: 'Đăng nhập', en: 'Sign-in' },
  user: { vi: 'Người dùng', en: 'User' },
  department: { vi: 'Phòng ban', en: 'Department' },
  apiToken: { vi: 'Mã truy cập API', en: 'API token' },
  customer: { vi: 'Khách hàng', en: 'Customer' },
  contact: { vi: 'Liên hệ', en: 'Contact' },
  activity: { vi: 'Giao dịch', en: 'Activity' },
  campaign: { vi: 'Chiến dịch', en: 'Campaign' },
  settings: { vi: 'Cài đặt', en: 'Settings' },
  import: { vi: 'Nhập khẩu', en: 'Import' },
  mail: { vi: 'Email chúc mừng', en: 'Greeting e-mails' },
  products: { vi: 'Hàng hóa', en: 'Products' },
  opportunities: { vi: 'Cơ hội', en: 'Opportunities' },
  quotes: { vi: 'Báo giá', en: 'Quotes' },
  contracts: { vi: 'Hợp đồng', en: 'Contracts' },
  orders: { vi: 'Đơn hàng', en: 'Orders' },
  invoices: { vi: 'Hóa đơn', en: 'Invoices' },
  receipts: { vi: 'Phiếu thu', en: 'Receipts' },
  'care-cards': { vi: 'Thẻ chăm sóc', en: 'Care cards' },
  'kpi-targets': { vi: 'Chỉ tiêu KPI', en: 'KPI targets' },
  'saved-views': { vi: 'Giao diện danh sách', en: 'List views' },
  'audit-logs': { vi: 'Nhật ký hệ thống', en: 'Audit log' },
};

/** A value of a change as one line of text (the Logs screen shows the same values in a table). */
const changeValue = (v: unknown): string =>
  v === null || v === undefined || v === '' ? '∅' : typeof v === 'object' ? JSON.stringify(v) : String(v);

/** The Logs screen (Cài đặt → Logs): each entry with its field changes written out. */
export const AUDIT_LOG_COLUMNS: ListColumn<AuditLog>[] = [
  col('at', ['Thời gian', 'Time'], (a) => a.at, 'datetime'),
  col('user', ['Người dùng', 'User'], (a, l, locale) =>
    a.userId ? user(a.userId, l) : locale === 'en' ? 'System' : 'Hệ thống',
  ),
  col('action', ['Hành động', 'Action'], (a, _, l) => label(AUDIT_ACTION, a.action, l)),
  col('module', ['Phân hệ', 'Module'], (a, _, l) => label(AUDIT_MODULE, a.module as AuditModule, l)),
  col('description', ['Mô tả', 'Description'], (a, _, l) =>
    l === 'en' ? (a.descriptionEn ?? a.description) : a.description,
  ),
  col('changes', ['Thay đổi', 'Changes'], (a) =>
    a.changes
      ? Object.entries(a.changes)
          .map(([field, c]) => `${field}: ${changeValue(c?.from)} → ${changeValue(c?.to)}`)
          .join('; ')
      : '',
  ),
];
