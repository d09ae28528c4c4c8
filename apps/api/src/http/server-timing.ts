import type { RequestHandler, Response } from 'express';

/**
 * `Server-Timing: app;dur=<ms>` on each answer: the time this process spent on the request, from
 * arrival to the response head (the body is ready by then). Benchmarks read it as the server time.
 */
export function serverTiming(): RequestHandler {
  return (_req, res, next) => {
    const start = process.hrtime.bigint();
    const writeHead = res.writeHead;
    res.writeHead = function (this: Response, ...args: unknown[]) {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      this.setHeader('Server-Timing', `app;dur=${ms.toFixed(2)}`);
      return (writeHead as (...a: unknown[]) => Response).apply(this, args);
    } as typeof res.writeHead;
    next();
  };
}
