/** Messages of the sales half (products, opportunities, quotes and the documents they become). */
export const SALES_MESSAGES: Record<string, { vi: string; en: string }> = {
  'v.quantity': {
    vi: 'Số lượng phải lớn hơn 0 (tối đa 4 chữ số thập phân).',
    en: 'The quantity must be above 0 (at most 4 decimals).',
  },
  'v.percent': { vi: 'Tỷ lệ phải từ 0 đến 100.', en: 'A percentage is between 0 and 100.' },
  'v.discountAboveAmount': {
    vi: 'Chiết khấu không được lớn hơn thành tiền.',
    en: 'The discount cannot exceed the amount.',
  },
  'v.linesRequired': {
    vi: 'Cần ít nhất một dòng hàng hóa, dịch vụ.',
    en: 'Add at least one line.',
  },
  'v.validUntilBeforeDate': {
    vi: 'Ngày hết hiệu lực phải sau ngày báo giá.',
    en: 'The validity must end on or after the quote date.',
  },
  'v.lostReasonRequired': {
    vi: 'Nhập lý do khi chuyển cơ hội sang Chốt thua.',
    en: 'Give a reason when an opportunity is lost.',
  },
  'v.probability': { vi: 'Xác suất từ 0 đến 100 %.', en: 'A probability is between 0 and 100 %.' },
  'v.contactOfOtherCustomer': {
    vi: 'Người liên hệ không thuộc khách hàng đã chọn.',
    en: 'The contact does not belong to the chosen customer.',
  },
  'v.opportunityOfOtherCustomer': {
    vi: 'Cơ hội không thuộc khách hàng đã chọn.',
    en: 'The opportunity belongs to another customer.',
  },
  'field.product': { vi: 'Hàng hóa', en: 'Product' },
  'field.unit': { vi: 'Đơn vị tính', en: 'Unit' },
  'field.price': { vi: 'Đơn giá', en: 'Price' },
  'field.productGroup': { vi: 'Nhóm hàng hóa', en: 'Product group' },
  'field.productCode': { vi: 'Mã hàng hóa', en: 'Product code' },
  'products.duplicate': {
    vi: '{{fieldLabel}} đã tồn tại ở hàng hóa {{existingName}} (người tạo {{ownerName}}).',
    en: '{{fieldLabel}} already belongs to product {{existingName}} (created by {{ownerName}}).',
  },
  'product.inactive': {
    vi: 'Hàng hóa đã ngừng kinh doanh.',
    en: 'This product is discontinued.',
  },
  'quote.notEditable': {
    vi: 'Chỉ sửa được báo giá Nháp hoặc Đã gửi.',
    en: 'Only a draft or sent quote can be edited.',
  },
  'quote.convertNotAllowed': {
    vi: 'Báo giá bị từ chối không chuyển thành chứng từ khác được.',
    en: 'A rejected quote cannot be converted.',
  },
};
