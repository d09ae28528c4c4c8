import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { AppError, isImportModule } from '@sen/shared';
import busboy from 'busboy';
import { Router, type Request } from 'express';
import type { Services } from '../../services';
import { attachment, authenticate, XLSX_TYPE } from './files-http';
import { requestLocale, sendHttpError } from '../../core/http-error';
import { writeErrorReport, writeTemplate } from './import-report';

/** Streams the multipart field "file" to disk, refusing it as soon as it passes the size limit. */
function receiveFile(req: Request, maxBytes: number, target: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxBytes + 64 * 1024) {
      reject(tooLarge(maxBytes));
      return;
    }
    let bb: busboy.Busboy;
    try {
      bb = busboy({ headers: req.headers, limits: { files: 1, fileSize: maxBytes, fields: 10 } });
    } catch {
      reject(new AppError('BAD_USER_INPUT', { messageKey: 'import.noFile' }));
      return;
    }
    let fileName: string | null = null;
    let writing: Promise<void> | null = null;
    let failed: AppError | null = null;
    bb.on('file', (name, stream, info) => {
      if (name !== 'file' || fileName !== null) {
        stream.resume();
        return;
      }
      fileName = info.filename || 'upload';
      // busboy truncates the file at the limit and ends it; the truncated copy is deleted.
      stream.on('limit', () => {
        failed = tooLarge(maxBytes);
      });
      writing = pipeline(stream, createWriteStream(target)).catch(() => {
        failed ??= new AppError('BAD_USER_INPUT', { messageKey: 'import.corrupt' });
      });
    });
    bb.on('error', () => reject(new AppError('BAD_USER_INPUT', { messageKey: 'import.noFile' })));
    bb.on('close', () => {
      void (async () => {
        await writing;
        if (failed) {
          reject(failed);
        } else if (fileName === null) {
          reject(new AppError('BAD_USER_INPUT', { messageKey: 'import.noFile' }));
        } else {
          resolve(fileName);
        }
      })();
    });
    req.pipe(bb);
  });
}

function tooLarge(maxBytes: number): AppError {
  return new AppError('BAD_USER_INPUT', {
    messageKey: 'import.tooLarge',
    params: { maxMb: Math.round((maxBytes / 1024 / 1024) * 10) / 10 },
  });
}

export function importRoutes(services: Services): Router {
  const router = Router();
  const imports = services.imports;

  router.post('/files/import/:module', async (req, res) => {
    let target: string | null = null;
    try {
      const caller = await authenticate(req, services);
      imports.description(req.params.module);
      target = await imports.newUploadPath();
      const fileName = await receiveFile(req, imports.limits.maxBytes, target);
      const job = await imports.createFromUpload(caller, req.params.module, fileName, target);
      res.status(201).json({ jobId: job.id, columns: job.columns, totalRows: job.totalRows });
    } catch (err) {
      if (target) {
        await rm(target, { force: true });
      }
      // Whatever is left of the upload is not read: closing stops the client sending it.
      res.setHeader('Connection', 'close');
      sendHttpError(req, res, err);
    }
  });

  router.get('/files/import/:jobId/errors.xlsx', async (req, res) => {
    try {
      const caller = await authenticate(req, services);
      const job = await imports.byId(caller, req.params.jobId);
      const locale = requestLocale(req);
      attachment(
        res,
        `${locale === 'en' ? 'import-errors' : 'loi-nhap-khau'}-${job.fileName}.xlsx`,
        XLSX_TYPE,
      );
      await writeErrorReport(services.imports.dataSource, job, locale, res);
    } catch (err) {
      sendHttpError(req, res, err);
    }
  });

  router.get('/files/templates/:file', async (req, res) => {
    try {
      await authenticate(req, services);
      const module = req.params.file.replace(/\.xlsx$/, '');
      if (!req.params.file.endsWith('.xlsx') || !isImportModule(module)) {
        throw new AppError('NOT_FOUND');
      }
      const locale = requestLocale(req);
      attachment(res, `${locale === 'en' ? 'template' : 'mau-nhap-khau'}-${module}.xlsx`, XLSX_TYPE);
      await writeTemplate(module, locale, res);
    } catch (err) {
      sendHttpError(req, res, err);
    }
  });
  return router;
}
