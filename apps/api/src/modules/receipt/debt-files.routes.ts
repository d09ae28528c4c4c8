import { neutraliseCell, type Locale } from '@sen/shared';
import { Router } from 'express';
import type { AuthUser } from '../../core/caller';
import type { Services } from '../../services';
import { csvSink, xlsxSink } from '../exports/row-sink';
import { attachment, authenticate, XLSX_TYPE } from '../imports/files-http';
import { requestLocale, sendHttpError } from '../../core/http-error';
import type { DebtFilter } from './debt.service';

const HEADERS = {
  vi: [
    'Mã khách hàng',
    'Tên khách hàng',
    'Phát sinh',
    'Đã thu',
    'Còn phải thu',
    'Quá hạn',
    '0-30 ngày',
    '31-60 ngày',
    '61-90 ngày',
    'Trên 90 ngày',
  ],
  en: [
    'Customer code',
    'Customer name',
    'Invoiced',
    'Received',
    'Outstanding',
    'Overdue',
    '0-30 days',
    '31-60 days',
    '61-90 days',
    'Over 90 days',
  ],
};

/** The debts list's filter from the query string: ownerIds (comma separated), overdueOnly, asOf. */
function filterOf(q: Record<string, unknown>): DebtFilter {
  const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
  const asOf = text(q.asOf);
  return {
    ownerIds: text(q.ownerIds)?.split(',') ?? null,
    overdueOnly: q.overdueOnly === 'true' || q.overdueOnly === '1',
    asOf: asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : null,
    search: text(q.search),
  };
}

/**
 * `GET /files/export/debts.{xlsx|csv}` ("xuất file công nợ"): the debts list as the caller sees it,
 * most owed first, streamed a page at a time; money as whole đồng numbers.
 */
export function debtFilesRouter(services: Services): Router {
  const router = Router();
  router.get('/files/export/:file', async (req, res, next) => {
    const match = /^debts\.(xlsx|csv)$/.exec(req.params.file);
    if (!match) {
      next();
      return;
    }
    try {
      const caller: AuthUser = await authenticate(req, services);
      const format = match[1] as 'xlsx' | 'csv';
      const locale: Locale = requestLocale(req);
      const filter = filterOf(req.query as Record<string, unknown>);
      const stamp = new Date().toISOString().slice(0, 10);
      attachment(
        res,
        `${locale === 'en' ? 'debts' : 'cong-no'}-${stamp}.${format}`,
        format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE,
      );
      const sink = format === 'csv' ? csvSink(res) : xlsxSink(res, locale === 'en' ? 'Debts' : 'Công nợ');
      await sink.rows([HEADERS[locale]]);
      let count = 0;
      for await (const batch of services.debts.batches(caller, filter)) {
        await sink.rows(
          batch.map(({ code, name, debt: d }) =>
            [
              code,
              name,
              d.invoiced,
              d.received,
              d.outstanding,
              d.overdue,
              ...d.buckets.map((b) => b.amount),
            ].map((v) => neutraliseCell(v)),
          ),
        );
        count += batch.length;
      }
      await sink.end();
      await services.debts.recordExport(caller, count, format, filter);
    } catch (err) {
      sendHttpError(req, res, err);
    }
  });
  return router;
}
