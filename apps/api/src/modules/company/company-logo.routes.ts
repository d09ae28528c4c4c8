import { AppError, COMPANY_LOGO_MAX_BYTES } from '@sen/shared';
import express, { Router } from 'express';
import { sendHttpError } from '../../core/http-error';
import type { Services } from '../../services';
import { authenticate } from '../imports/files-http';
import { LOGO_PATH, logoTooLarge } from './company.service';

/**
 * The company logo: `POST` the image itself (Content-Type image/png or image/jpeg, admin only),
 * `DELETE` it, `GET` it (any signed-in user; cacheable, the URL carries its version).
 */
export function companyLogoRoutes(services: Services): Router {
  const router = Router();
  // A little over the cap is read, so an oversized file gets the clear "too large" answer.
  const body = express.raw({ type: () => true, limit: COMPANY_LOGO_MAX_BYTES + 1 });

  router.post(LOGO_PATH, async (req, res) => {
    try {
      const caller = await authenticate(req, services);
      const data = await new Promise<unknown>((resolve, reject) =>
        body(req, res, (err?: unknown) => (err ? reject(err) : resolve(req.body))),
      ).catch((err: { type?: string }) => {
        throw err.type === 'entity.too.large' ? logoTooLarge() : err;
      });
      res.json(await services.company.setLogo(caller, Buffer.isBuffer(data) ? data : Buffer.alloc(0)));
    } catch (err) {
      res.setHeader('Connection', 'close');
      sendHttpError(req, res, err);
    }
  });

  router.delete(LOGO_PATH, async (req, res) => {
    try {
      const caller = await authenticate(req, services);
      res.json(await services.company.removeLogo(caller));
    } catch (err) {
      sendHttpError(req, res, err);
    }
  });

  router.get(LOGO_PATH, async (req, res) => {
    try {
      await authenticate(req, services);
      const logo = await services.company.logo();
      if (!logo) {
        throw new AppError('NOT_FOUND');
      }
      res.setHeader('Content-Type', logo.type);
      res.setHeader('Cache-Control', 'private, max-age=86400');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.send(logo.data);
    } catch (err) {
      sendHttpError(req, res, err);
    }
  });
  return router;
}
