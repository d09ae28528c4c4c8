import type { Locale } from '@sen/shared';
import { Router } from 'express';
import type { AuthUser } from '../../core/caller';
import { documentPdf } from '../../core/print/document-pdf';
import type { PrintableDocument } from '../../core/print/printable';
import type { Services } from '../../services';
import { attachment, authenticate, localeOf, sendError } from '../imports/files-http';

/** A printable document kind: the record as the caller may see it (NOT_FOUND otherwise), laid out. */
type Printer = (
  services: Services,
  caller: AuthUser,
  id: string,
  locale: Locale,
) => Promise<PrintableDocument>;

/** The documents that print; issue 17 adds orders, invoices and contracts here. */
export const PRINTERS: Record<string, Printer> = {
  quotes: (services, caller, id, locale) =>
    services.quotes.printable(caller, id, locale, () => services.company.forPrint()),
};

/**
 * `GET /files/{quotes|…}/{id}.pdf` (API.md "Files for this half"): the same access rule as the
 * record itself; the file is named after the document's number.
 */
export function salesFilesRouter(services: Services): Router {
  const router = Router();
  router.get('/files/:kind/:file', async (req, res, next) => {
    const printer = PRINTERS[req.params.kind];
    const match = /^(.+)\.pdf$/.exec(req.params.file);
    if (!printer || !match) {
      next();
      return;
    }
    try {
      const caller = await authenticate(req, services);
      const doc = await printer(services, caller, match[1], localeOf(req));
      const pdf = await documentPdf(doc, localeOf(req));
      attachment(res, `${doc.number}.pdf`, 'application/pdf');
      res.setHeader('Cache-Control', 'private, no-store');
      res.send(pdf);
    } catch (err) {
      sendError(res, req, err);
    }
  });
  return router;
}
