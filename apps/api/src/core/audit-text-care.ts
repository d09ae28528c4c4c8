import { recordTexts } from './audit-text-record';
/** Audit descriptions of care cards and saved views, spread into audit-text's TEXT. */
export const CARE_AUDIT_TEXT = {
  'careCard.clone': {
    vi: 'Nhân bản thẻ chăm sóc {{from}} thành {{code}}',
    en: 'Cloned care card {{from}} as {{code}}',
  },
  'careCard.generate': {
    vi: 'Sinh thẻ chăm sóc {{code}} từ đơn hàng {{order}}',
    en: 'Generated care card {{code}} from order {{order}}',
  },
  ...recordTexts('careCard', { vi: 'thẻ chăm sóc {{code}}', en: 'care card {{code}}' }),
  'careCard.create': {
    vi: 'Thêm thẻ chăm sóc {{code}} cho {{customer}}',
    en: 'Added care card {{code}} for {{customer}}',
  },
  'careCard.handOver': {
    vi: 'Bàn giao thẻ chăm sóc {{code}}: {{from}} → {{to}}',
    en: 'Handed over care card {{code}}: {{from}} → {{to}}',
  },
  'careCard.share': {
    vi: 'Chia sẻ thẻ chăm sóc {{code}} với {{users}}',
    en: 'Shared care card {{code}} with {{users}}',
  },
  'careCard.tags': { vi: 'Gắn thẻ cho thẻ chăm sóc {{code}}', en: 'Changed the tags of care card {{code}}' },
  'careCard.import': {
    vi: 'Nhập khẩu thẻ chăm sóc: {{count}} bản ghi từ {{file}}',
    en: 'Imported care cards: {{count}} records from {{file}}',
  },
  'careCard.generated': {
    vi: 'Sinh {{target}} {{number}} từ thẻ chăm sóc {{code}}',
    en: 'Generated {{target}} {{number}} from care card {{code}}',
  },
  'savedView.create': { vi: 'Lưu giao diện {{name}} ({{module}})', en: 'Saved view {{name}} ({{module}})' },
  'savedView.update': {
    vi: 'Cập nhật giao diện {{name}} ({{module}})',
    en: 'Updated view {{name}} ({{module}})',
  },
  'savedView.delete': { vi: 'Xóa giao diện {{name}} ({{module}})', en: 'Deleted view {{name}} ({{module}})' },
} as const;
