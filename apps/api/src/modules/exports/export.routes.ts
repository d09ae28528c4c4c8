import { createReadStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError, type Locale } from '@sen/shared';
import { Router, type Request } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { AuthUser } from '../../core/caller';
import type { Services } from '../../services';
import { attachment, authenticate, XLSX_TYPE } from '../imports/files-http';
import { requestLocale, sendHttpError } from '../../core/http-error';
import { isExportModule, parseExportFilter } from './export-filter';
import type { ExportFormat } from './row-sink';
import { isListExport, prepareListExport } from './list-export';

const contentType = (format: string) => (format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE);

interface PreparedExport {
  module: string;
  format: ExportFormat;
  fileName: string;
  locale: Locale;
  write: (out: Writable) => Promise<number>;
}

/**
 * `/files/export/{module}.{format}?filter=…`, checked before anything is written or queued: an
 * unknown list is NOT_FOUND, a filter its GraphQL query would refuse is BAD_USER_INPUT.
 */
function prepareExport(
  services: Services,
  schema: GraphQLSchema,
  caller: AuthUser,
  req: Request,
): PreparedExport {
  const match = /^([a-z-]+)\.(xlsx|csv)$/.exec(String(req.params.file));
  const locale = requestLocale(req);
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
    const prepared = prepareListExport(schema, caller, request);
    return {
      module: request.module,
      format: request.format,
      fileName: prepared.fileName,
      locale,
      write: (out) => services.exports.exportList(services, caller, request, prepared, out),
    };
  }
  if (!match || !isExportModule(match[1])) {
    throw new AppError('NOT_FOUND');
  }
  const [, module, format] = match as unknown as [string, 'customers' | 'contacts', ExportFormat];
  const filter = parseExportFilter(module, req.query.filter);
  const stamp = new Date().toISOString().slice(0, 10);
  const noun =
    module === 'customers'
      ? locale === 'en'
        ? 'customers'
        : 'khach-hang'
      : locale === 'en'
        ? 'contacts'
        : 'lien-he';
  const columns = req.query.columns;
  return {
    module,
    format,
    fileName: `${noun}-${stamp}.${format}`,
    locale,
    write: (out) => services.exports.export(caller, module, filter, columns, format, locale, out),
  };
}

export function exportRoutes(services: Services, schema: GraphQLSchema): Router {
  const router = Router();
  // Streamed to the browser as it is read.
  router.get('/files/export/:file', async (req, res) => {
    try {
      const caller = await authenticate(req, services);
      const prepared = prepareExport(services, schema, caller, req);
      attachment(res, prepared.fileName, contentType(prepared.format));
      await prepared.write(res);
    } catch (err) {
      sendHttpError(req, res, err);
    }
  });
  // the same export in the background; `?total=` is the row count the list showed.
  router.post('/files/export/:file', async (req, res) => {
    try {
      const caller = await authenticate(req, services);
      const prepared = prepareExport(services, schema, caller, req);
      const total = Number(req.query.total);
      const job = await services.exportJobs.start(caller, {
        ...prepared,
        totalRows: Number.isSafeInteger(total) && total >= 0 ? total : null,
      });
      res.status(202).json({ jobId: job.id });
    } catch (err) {
      sendHttpError(req, res, err);
    }
  });
  router.get('/files/export-jobs/:id', async (req, res) => {
    try {
      const caller = await authenticate(req, services);
      const { path, job } = await services.exportJobs.file(caller, req.params.id);
      const file = createReadStream(path);
      // A file gone from this disk (another instance wrote it, or it was swept) is NOT_FOUND.
      await new Promise<void>((resolve, reject) => {
        file.once('open', () => resolve());
        file.once('error', () => reject(new AppError('NOT_FOUND')));
      });
      attachment(res, job.fileName, contentType(job.format));
      if (job.fileSize !== null) {
        res.setHeader('Content-Length', String(job.fileSize));
      }
      await pipeline(file, res);
    } catch (err) {
      sendHttpError(req, res, err);
    }
  });
  return router;
}
