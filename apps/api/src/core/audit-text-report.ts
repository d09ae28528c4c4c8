/** Audit descriptions of the reports (REP-01), spread into audit-text's TEXT. */
export const REPORT_AUDIT_TEXT = {
  'kpi.set': {
    vi: 'Đặt {{count}} chỉ tiêu KPI tháng {{month}}',
    en: 'Set {{count}} KPI targets for {{month}}',
  },
  'kpi.copy': {
    vi: 'Sao chép {{count}} chỉ tiêu KPI từ tháng {{from}} sang tháng {{month}}',
    en: 'Copied {{count}} KPI targets from {{from}} to {{month}}',
  },
} as const;
