import { AppError, isImportModule } from '@sen/shared';
import { Router } from 'express';
import type { Services } from '../../services';
import { attachment, authenticate, localeOf, sendError, XLSX_TYPE } from '../imports/files-http';
import { parseExportFilter } from './export-filter';
import type { ExportFormat } from './export.service';

export function exportRoutes(services: Services): Router {
  const router = Router();
  router.get('/files/export/:file', async (req, res) => {
    try {
      const caller = await authenticate(req, services);
      const match = /^([a-z-]+)\.(xlsx|csv)$/.exec(req.params.file);
      if (!match || !isImportModule(match[1])) {
        throw new AppError('NOT_FOUND');
      }
      const [, module, format] = match as unknown as [string, 'customers' | 'contacts', ExportFormat];
      const filter = parseExportFilter(module, req.query.filter);
      const locale = localeOf(req);
      const stamp = new Date().toISOString().slice(0, 10);
      const name = `${module === 'customers' ? (locale === 'en' ? 'customers' : 'khach-hang') : locale === 'en' ? 'contacts' : 'lien-he'}-${stamp}.${format}`;
      attachment(res, name, format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE);
      await services.exports.export(caller, module, filter, req.query.columns, format, locale, res);
    } catch (err) {
      sendError(res, req, err);
    }
  });
  return router;
}
