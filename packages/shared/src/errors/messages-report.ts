/** Messages of the reports (REP-01, REP-02). */
export const REPORT_MESSAGES: Record<string, { vi: string; en: string }> = {
  'v.reportRangeTooLong': {
    vi: 'Khoảng thời gian báo cáo tối đa 3 năm.',
    en: 'A report covers at most 3 years.',
  },
  'v.month': { vi: 'Tháng không hợp lệ (YYYY-MM).', en: 'Not a valid month (YYYY-MM).' },
  'v.kpiTarget': {
    vi: 'Chỉ tiêu là số nguyên không âm.',
    en: 'A target is a whole number, 0 or more.',
  },
  'v.kpiSubject': {
    vi: 'Chọn một nhân viên hoặc một phòng ban.',
    en: 'Choose either a user or a department.',
  },
  'report.targetsOutOfDepartment': {
    vi: 'Trưởng phòng chỉ đặt chỉ tiêu cho phòng ban của mình.',
    en: 'A manager sets targets for their own department only.',
  },
};
