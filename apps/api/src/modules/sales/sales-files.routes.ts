import type { Locale } from '@sen/shared';
import { Router } from 'express';
import type { AuthUser } from '../../core/caller';
import { documentDocx } from '../../core/print/document-docx';
import { documentPdf } from '../../core/print/document-pdf';
import type { PrintableDocument } from '../../core/print/printable';
import type { Services } from '../../services';
import { attachment, authenticate } from '../imports/files-http';
import { requestLocale, sendHttpError } from '../../core/http-error';

/** A printable document kind: the record as the caller may see it (NOT_FOUND otherwise), laid out. */
type Printer = (
  services: Services,
  caller: AuthUser,
  id: string,
  locale: Locale,
) => Promise<PrintableDocument>;

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The documents that print. */
export const PRINTERS: Record<string, Printer> = {
  quotes: (services, caller, id, locale) =>
    services.quotes.printable(caller, id, locale, () => services.company.forPrint()),
  contracts: (services, caller, id, locale) =>
    services.contracts.printable(caller, id, locale, () => services.company.forPrint()),
  orders: (services, caller, id, locale) =>
    services.orders.printable(caller, id, locale, () => services.company.forPrint()),
  invoices: (services, caller, id, locale) =>
    services.invoices.printable(caller, id, locale, () => services.company.forPrint()),
};

/** The documents that also download as Word ("xuất ra word"). */
const WORD = new Set(['invoices']);

/**
 * `GET /files/{quotes|…}/{id}.pdf` (API.md "Files for this half"): the same access rule as the
 * record itself; the file is named after the document's number.
 */
export function salesFilesRouter(services: Services): Router {
  const router = Router();
  router.get('/files/:kind/:file', async (req, res, next) => {
    const printer = PRINTERS[req.params.kind];
    const match = /^(.+)\.(pdf|docx)$/.exec(req.params.file);
    if (!printer || !match || (match[2] === 'docx' && !WORD.has(req.params.kind))) {
      next();
      return;
    }
    try {
      const caller = await authenticate(req, services);
      const doc = await printer(services, caller, match[1], requestLocale(req));
      if (match[2] === 'docx') {
        const docx = await documentDocx(doc, requestLocale(req));
        attachment(res, `${doc.number}.docx`, DOCX_TYPE);
        res.setHeader('Cache-Control', 'private, no-store');
        res.send(docx);
        return;
      }
      const pdf = await documentPdf(doc, requestLocale(req));
      attachment(res, `${doc.number}.pdf`, 'application/pdf');
      res.setHeader('Cache-Control', 'private, no-store');
      res.send(pdf);
    } catch (err) {
      sendHttpError(req, res, err);
    }
  });
  return router;
}
