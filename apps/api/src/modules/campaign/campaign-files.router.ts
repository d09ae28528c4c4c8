import { AppError } from '@sen/shared';
import express, { type Request, type Response, type Router } from 'express';
import { sendHttpError } from '../../core/http-error';
import type { Services } from '../../services';
import { authenticate } from '../imports/files-http';
import { writePdf } from './campaign-export-pdf';
import { writeHtml, writeXlsx } from './campaign-export-writers';
import type { ExportFormat } from './campaign-export.service';

const TYPES: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** `GET /files/campaigns/{id}/members.{pdf|html|xlsx}` (API.md), with the same bearer token. */
export function campaignFilesRouter(services: Services): Router {
  const router = express.Router();
  router.get('/files/campaigns/:id/members.:format', async (req: Request, res: Response) => {
    try {
      const format = String(req.params.format) as ExportFormat;
      if (!(format in TYPES)) {
        throw new AppError('NOT_FOUND');
      }
      const auth = await authenticate(req, services);
      const exporter = services.campaignExport;
      const filter = exporter.parseFilter(req.query as Record<string, unknown>);
      const header = await exporter.header(auth, String(req.params.id), filter, format);
      const rows = exporter.rows(auth, header.campaign.id, filter);
      const fileName = `chien-dich-${header.campaign.code}.${format}`.replace(/[^\w.-]/g, '_');
      res.setHeader('Content-Type', TYPES[format]);
      res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
      res.setHeader('Cache-Control', 'no-store');
      if (format === 'xlsx') {
        await writeXlsx(res, header, rows);
      } else if (format === 'html') {
        await writeHtml(res, header, rows);
      } else {
        await writePdf(res, header, rows);
      }
    } catch (err) {
      sendHttpError(req, res, err);
    }
  });
  return router;
}
