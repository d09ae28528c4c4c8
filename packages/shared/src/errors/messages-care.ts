/** Messages of care cards and saved views (CARE, X-03). */
export const CARE_MESSAGES: Record<string, { vi: string; en: string }> = {
  'field.care-cards.code': { vi: 'Mã thẻ', en: 'Card code' },
  'care-cards.duplicate': {
    vi: '{{fieldLabel}} đã tồn tại ở thẻ chăm sóc {{existingName}} (chủ sở hữu {{ownerName}}).',
    en: '{{fieldLabel}} already belongs to care card {{existingName}} (owned by {{ownerName}}).',
  },
  'import.unknownUnit': {
    vi: 'Không có đơn vị "{{value}}".',
    en: 'There is no unit "{{value}}".',
  },
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
  'savedView.dropped': {
    vi: 'Bộ lọc của giao diện nhắc tới dữ liệu không còn tồn tại; phần đó đã được bỏ qua.',
    en: 'The view’s filter names something that no longer exists; that part was left out.',
  },
  'v.viewModule': { vi: 'Danh sách này không lưu giao diện.', en: 'This list does not keep views.' },
  'v.viewJson': { vi: 'Bộ lọc hoặc sắp xếp không hợp lệ.', en: 'Not a valid filter or sort.' },
  'v.viewTooLarge': { vi: 'Bộ lọc quá lớn để lưu.', en: 'The filter is too large to save.' },
};
