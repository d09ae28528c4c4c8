/** Messages of care cards and saved views (CARE, X-03). */
export const CARE_MESSAGES: Record<string, { vi: string; en: string }> = {
  'v.notInList': {
    vi: 'Giá trị không có trong danh mục.',
    en: 'This value is not in the list.',
  },
  'v.orderOfOtherCustomer': {
    vi: 'Đơn hàng không thuộc khách hàng này.',
    en: 'The order belongs to another customer.',
  },
  'careCard.codeTaken': {
    vi: 'Mã thẻ chăm sóc {{code}} đã tồn tại.',
    en: 'Care card code {{code}} is already used.',
  },
  'careCard.noLines': {
    vi: 'Thẻ chăm sóc chưa gắn đơn hàng có hàng hóa để sinh báo giá.',
    en: 'The care card has no linked order with lines to make a quote from.',
  },
  'savedView.notOwner': {
    vi: 'Chỉ người tạo mới được sửa hoặc xóa giao diện này.',
    en: 'Only the view’s creator may change or delete it.',
  },
  'savedView.nameTaken': {
    vi: 'Đã có giao diện cùng tên.',
    en: 'A view with this name already exists.',
  },
};
