import { AppError } from '@sen/shared';
import { Router } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Services } from '../../services';
import { attachment, authenticate, localeOf, sendError, XLSX_TYPE } from '../imports/files-http';
import { isExportModule, parseExportFilter } from './export-filter';
import type { ExportFormat } from './row-sink';
import { isListExport, prepareListExport } from './list-export';

export function exportRoutes(services: Services, schema: GraphQLSchema): Router {
  const router = Router();
  router.get('/files/export/:file', async (req, res) => {
    try {
      const caller = await authenticate(req, services);
      const match = /^([a-z-]+)\.(xlsx|csv)$/.exec(req.params.file);
      const locale = localeOf(req);
      const type = (format: ExportFormat) => (format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE);
      if (match && isListExport(match[1])) {
        // Every other list: the same filter JSON as its GraphQL query, read through its own service.
        const request = {
          module: match[1],
          format: match[2] as ExportFormat,
          filter: req.query.filter,
          orderBy: req.query.orderBy,
          columns: req.query.columns,
          locale,
        };
        const prepared = prepareListExport(schema, request);
        attachment(res, prepared.fileName, type(request.format));
        await services.exports.exportList(services, caller, request, prepared, res);
        return;
      }
      if (!match || !isExportModule(match[1])) {
        throw new AppError('NOT_FOUND');
      }
      const [, module, format] = match as unknown as [string, 'customers' | 'contacts', ExportFormat];
      const filter = parseExportFilter(module, req.query.filter);
      const stamp = new Date().toISOString().slice(0, 10);
      const name = `${module === 'customers' ? (locale === 'en' ? 'customers' : 'khach-hang') : locale === 'en' ? 'contacts' : 'lien-he'}-${stamp}.${format}`;
      attachment(res, name, type(format));
      await services.exports.export(caller, module, filter, req.query.columns, format, locale, res);
    } catch (err) {
      sendError(res, req, err);
    }
  });
  return router;
}
