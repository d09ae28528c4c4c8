import { AppError, formatNumberVi, type KpiMetric } from '@sen/shared';
import { Router } from 'express';
import type { Services } from '../../services';
import { xlsxStream } from '../exports/xlsx-stream';
import { attachment, authenticate, XLSX_TYPE } from '../imports/files-http';
import { requestLocale, sendHttpError } from '../../core/http-error';
import { KpiSubject } from './kpi.types';

const METRIC: Record<KpiMetric, { vi: string; en: string }> = {
  NEW_CUSTOMERS: { vi: 'Khách hàng mới', en: 'New customers' },
  ACTIVITIES_DONE: { vi: 'Công việc hoàn thành', en: 'Activities done' },
  CONTRACTS_SIGNED: { vi: 'Hợp đồng ký', en: 'Contracts signed' },
  REVENUE: { vi: 'Doanh thu (đồng)', en: 'Revenue (VND)' },
};

/** `GET /files/export/kpi.xlsx?month=YYYY-MM&by=USER|DEPARTMENT`: the KPI report as the screen shows it. */
export function kpiExportRoutes(services: Services): Router {
  const router = Router();
  router.get('/files/export/kpi.xlsx', async (req, res) => {
    try {
      const caller = await authenticate(req, services);
      const month = String(req.query.month ?? '');
      const by = req.query.by === 'DEPARTMENT' ? KpiSubject.DEPARTMENT : KpiSubject.USER;
      if (req.query.by !== undefined && req.query.by !== 'USER' && req.query.by !== 'DEPARTMENT') {
        throw AppError.badInput([{ field: 'by', message: 'v.invalid' }]);
      }
      const rows = await services.kpi.report(caller, month, by);
      const en = requestLocale(req) === 'en';
      attachment(res, `${en ? 'kpi-report' : 'bao-cao-kpi'}-${month}.xlsx`, XLSX_TYPE);
      const sheet = xlsxStream(res, 'KPI');
      const num = (v: string | null) => (v === null ? '' : en ? v : formatNumberVi(v));
      await sheet.rows([
        en
          ? [by === KpiSubject.USER ? 'Employee' : 'Department', 'Metric', 'Target', 'Actual', '%']
          : [by === KpiSubject.USER ? 'Nhân viên' : 'Phòng ban', 'Chỉ tiêu', 'Kế hoạch', 'Thực hiện', '%'],
        ...rows.map((r) => [
          r.subjectName,
          METRIC[r.metric][en ? 'en' : 'vi'],
          num(r.target),
          num(r.actual),
          r.percent === null ? '' : en ? String(r.percent) : String(r.percent).replace('.', ','),
        ]),
      ]);
      await sheet.end();
      await services.kpi.recordExport(caller, month, rows.length);
    } catch (err) {
      sendHttpError(req, res, err);
    }
  });
  return router;
}
