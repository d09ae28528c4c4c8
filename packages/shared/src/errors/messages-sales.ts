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
  'v.amountPositive': { vi: 'Số tiền phải lớn hơn 0.', en: 'The amount must be above 0.' },
  'v.dueBeforeDate': {
    vi: 'Hạn thanh toán phải từ ngày hóa đơn trở đi.',
    en: 'The due date must be on or after the invoice date.',
  },
  'v.validToBeforeFrom': {
    vi: 'Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực.',
    en: 'The contract must end on or after it starts.',
  },
  'v.allocationTarget': {
    vi: 'Mỗi dòng phân bổ chọn đúng một chứng từ: hóa đơn, đơn hàng hoặc đợt thanh toán.',
    en: 'Each allocation names exactly one invoice, order or instalment.',
  },
  'v.allocationsAboveAmount': {
    vi: 'Tổng phân bổ vượt quá số tiền của phiếu thu.',
    en: 'The allocations add up to more than the receipt.',
  },
  'v.allocationAboveOutstanding': {
    vi: 'Số tiền phân bổ vượt quá số còn phải thu của chứng từ.',
    en: 'The allocation is above what the document still owes.',
  },
  'v.notPayable': {
    vi: 'Chứng từ này không nhận thanh toán (nháp, đã hủy hoặc của khách hàng khác).',
    en: 'This document takes no payment (draft, cancelled, or another customer’s).',
  },
  'v.instalmentsAboveTotal': {
    vi: 'Tổng các đợt thanh toán vượt quá giá trị hợp đồng.',
    en: 'The instalments add up to more than the contract.',
  },
  'v.instalmentBelowReceived': {
    vi: 'Đợt thanh toán đã thu tiền không được giảm dưới số đã thu hoặc xóa.',
    en: 'An instalment cannot go below what it has received, nor be removed.',
  },
  'v.numberTaken': { vi: 'Số chứng từ đã tồn tại.', en: 'This number is already used.' },
  'invoice.notEditable': {
    vi: 'Chỉ sửa được hóa đơn Nháp; hóa đơn đã phát hành không sửa dòng hàng được.',
    en: 'Only a draft invoice can be edited; an issued invoice’s lines are frozen.',
  },
  'invoice.hasReceipts': {
    vi: 'Hóa đơn đã có phiếu thu: hãy xóa phiếu thu trước khi hủy.',
    en: 'The invoice has receipts: delete them before cancelling it.',
  },
  'invoice.empty': {
    vi: 'Hóa đơn chưa có dòng hàng hóa, dịch vụ.',
    en: 'The invoice has no lines.',
  },
  'v.totalBelowReceived': {
    vi: 'Giá trị đơn hàng không được thấp hơn số tiền đã thu.',
    en: 'The order cannot total less than what has been received.',
  },
  'order.hasReceipts': {
    vi: 'Đơn hàng đã có phiếu thu: hãy xóa phiếu thu trước.',
    en: 'The order has receipts: delete them first.',
  },
  'document.notEditable': {
    vi: 'Chứng từ ở trạng thái này không sửa được.',
    en: 'The document cannot be edited in this status.',
  },
  'field.product': { vi: 'Hàng hóa', en: 'Product' },
  'field.unit': { vi: 'Đơn vị tính', en: 'Unit' },
  'field.price': { vi: 'Đơn giá', en: 'Price' },
  'field.productGroup': { vi: 'Nhóm hàng hóa', en: 'Product group' },
  'field.productCode': { vi: 'Mã hàng hóa', en: 'Product code' },
  'field.number': { vi: 'Số hợp đồng', en: 'Contract number' },
  'field.signedOn': { vi: 'Ngày ký', en: 'Signing date' },
  'field.validFrom': { vi: 'Hiệu lực từ', en: 'Valid from' },
  'field.validTo': { vi: 'Hiệu lực đến', en: 'Valid to' },
  'field.value': { vi: 'Giá trị hợp đồng', en: 'Contract value' },
  'field.terms': { vi: 'Điều khoản', en: 'Terms' },
  'contracts.duplicate': {
    vi: '{{fieldLabel}} đã tồn tại ở hợp đồng {{existingName}} (người tạo {{ownerName}}).',
    en: '{{fieldLabel}} already belongs to contract {{existingName}} (created by {{ownerName}}).',
  },
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
