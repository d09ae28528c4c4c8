import { existsSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer, HeaderMap, type ApolloServerPlugin, type HTTPGraphQLRequest } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { AppError, loadPasswordEstimator } from '@sen/shared';
import express, {
  type ErrorRequestHandler,
  type Express,
  type Request,
  type RequestHandler,
  type Response,
} from 'express';
import type { DataSource } from 'typeorm';
import { acceptedLocale, byHeader, httpErrorJson, notFoundJson } from '../core/http-error';
import type { Context } from '../graphql/context';
import { formatAppError, formatError, localePlugin } from '../graphql/format-error';
import { httpStatusPlugin } from '../graphql/http-status';
import { depthRule, guardPlugin, MAX_ANONYMOUS_BODY, MAX_SELECTIONS, MAX_TOKENS } from '../graphql/limits';
import { createLoaders } from '../graphql/loaders';
import { securityHeaders, applyGraphiqlPolicy } from './security-headers';
import { serverTiming } from './server-timing';
import { webAssets } from './web-assets';
import { buildAppSchema } from '../graphql/schema';
import { readOnlyPlugin } from '../graphql/read-only';
import type { Authenticated } from '../modules/auth/auth.service';
import { clearSessionCookie, presentedToken, setSessionCookie } from '../modules/auth/session-cookie';
import { campaignFilesRouter } from '../modules/campaign/campaign-files.router';
import { companyLogoRoutes } from '../modules/company/company-logo.routes';
import { salesFilesRouter } from '../modules/sales/sales-files.routes';
import type { Services } from '../services';
import { exportRoutes } from '../modules/exports/export.routes';
import { kpiExportRoutes } from '../modules/report/kpi-export.routes';
import { debtFilesRouter } from '../modules/receipt/debt-files.routes';
import { importRoutes } from '../modules/imports/import.routes';

export const MAX_BODY = '1mb';

export interface AppOptions {
  ds: DataSource;
  services: Services;
  webDist: string;
  /** SEN_TRUST_PROXY: who may set X-Forwarded-For; nobody unless configured. */
  trustProxy?: boolean | number | string;
}

/** The media type the caller accepts for the answer (GraphQL-over-HTTP), null if neither. */
const responseType = byHeader(
  'accept',
  (req) =>
    (req.accepts(['application/json', 'application/graphql-response+json']) as Context['responseType']) ||
    null,
);

/**
 * The request's context. With `assume`, a session token read since the last change of any session,
 * user or department (`AuthService.trusted`) runs at once; one whose caller a previous request read
 * is taken at its word for now (`Context.confirmed`), while its session is checked again beside the
 * request's own work; otherwise the check comes first.
 */
async function buildContext(
  req: Request,
  res: Response,
  { ds, services }: AppOptions,
  assume: boolean,
): Promise<Context> {
  const ctx: Context = {
    ds,
    services,
    user: null,
    operation: { writes: false },
    authError: null,
    locale: acceptedLocale(req),
    ip: req.ip ?? 'unknown',
    loaders: createLoaders(ds, () => ctx.user),
    sessionCookie: {
      set: (token, expiresAt) => setSessionCookie(req, res, token, expiresAt),
      clear: () => clearSessionCookie(req, res),
    },
    responseType: responseType(req),
  };
  const signIn = ({ auth, user, department }: Authenticated) => {
    ctx.user = auth;
    ctx.loaders.user.prime(user.id, user);
    if (department) {
      ctx.loaders.department.prime(department.id, department);
    }
  };
  // Authorization: Bearer (integrators), else the session cookie (the web app). With the cookie,
  // Apollo's CSRF prevention already refuses the simple requests a foreign page could send.
  const token = presentedToken(req);
  if (token && assume) {
    const trusted = services.auth.trusted(token);
    if (trusted) {
      signIn(trusted);
      return ctx;
    }
    const assumed = services.auth.assumed(token);
    if (assumed) {
      signIn(assumed);
      ctx.confirmed = services.auth.confirms(token, assumed.fingerprint);
      return ctx;
    }
  }
  if (token !== undefined) {
    try {
      if (token === null) {
        throw new AppError('UNAUTHENTICATED', { messageKey: 'auth.tokenInvalid' });
      }
      signIn(await services.auth.authenticate(token));
    } catch (err) {
      if (!(err instanceof AppError)) {
        throw err;
      }
      ctx.authError = err;
    }
  }
  return ctx;
}

/**
 * Nothing but a query runs on an assumed caller: any other operation waits for the session's check
 * before its first resolver (the request is then answered again, as the checked caller, when the
 * check disagrees).
 */
const confirmedWritesPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operation }) {
        if (operation?.operation !== 'query') {
          contextValue.operation.writes = true;
        }
        if (contextValue.confirmed && operation?.operation !== 'query' && !(await contextValue.confirmed)) {
          throw new AppError('UNAUTHENTICATED');
        }
      },
    };
  },
};

/**
 * POST/GET /graphql as `@as-integrations/express5` serves it, but on an assumed caller first (see
 * `buildContext`): the answer is sent once the session's check agrees with what was assumed, else
 * the request is answered again on the checked caller, so nothing is ever answered to a session
 * that has ended, a deactivated user, or a caller whose role or department changed meanwhile.
 * A query's work and the session's check thus run side by side instead of one after the other.
 */
function graphqlHandler(apollo: ApolloServer<Context>, options: AppOptions): RequestHandler {
  return async (req, res) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) {
        headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
    }
    const httpGraphQLRequest: HTTPGraphQLRequest = {
      method: req.method.toUpperCase(),
      headers,
      search: new URL(req.url, 'http://localhost').search,
      body: req.body as unknown,
    };
    let assumed: Context | undefined;
    let answer = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: async () => (assumed = await buildContext(req, res, options, true)),
    });
    if (assumed?.confirmed && !(await assumed.confirmed)) {
      answer = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest,
        context: () => buildContext(req, res, options, false),
      });
    }
    if (assumed?.operation.writes) {
      // What the session's check read before a write (the caller's own preferences, say) is not
      // assumed for the next request: else that one would run twice, once on the old row. Nor is
      // anyone's session trusted unread: the write may have ended it (before its answer is sent,
      // so a session this process ended is refused from the next request on, whatever the notice).
      options.services.auth.forgetAssumed(presentedToken(req) ?? null);
    }
    for (const [key, value] of answer.headers) {
      res.setHeader(key, value);
    }
    res.statusCode = answer.status ?? 200;
    if (answer.body.kind === 'complete') {
      res.send(answer.body.string);
      return;
    }
    for await (const chunk of answer.body.asyncIterator) {
      res.write(chunk);
    }
    res.end();
  };
}

export async function createApp(options: AppOptions): Promise<{ app: Express; stop: () => Promise<void> }> {
  // The password estimator's list is ranked now, not on the first password someone sets.
  const [schema] = await Promise.all([buildAppSchema(), loadPasswordEstimator()]);
  const counts = options.services.countCache;
  // A mutation's answer is sent once its transaction committed: the list counts kept for a few
  // seconds are forgotten then, so the writer's next screen (and everyone's) counts anew.
  const countsAfterWrites: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async willSendResponse({ operation }) {
          if (operation?.operation === 'mutation') {
            counts.invalidate();
          }
        },
      };
    },
  };
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    // With a selection limit, Apollo runs graphql-js's rules (NoFragmentCycles among them) and its
    // memoised count of the expanded selections first, and ours only on a document that passed them.
    maxRecursiveSelections: MAX_SELECTIONS,
    parseOptions: { maxTokens: MAX_TOKENS },
    validationRules: [depthRule],
    // No HTTP caching of answers: the per-field cache-control bookkeeping is pure cost here.
    plugins: [
      guardPlugin(schema),
      readOnlyPlugin,
      confirmedWritesPlugin,
      localePlugin,
      httpStatusPlugin,
      countsAfterWrites,
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
    ],
    introspection: true,
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();
  const graphql = graphqlHandler(apollo, options);

  const app = express();
  app.disable('x-powered-by');
  // API answers are never revalidated: no body hash per response (static files keep theirs).
  app.set('etag', false);
  // The client address (login and public-form limits) comes from X-Forwarded-For only behind a
  // configured proxy: otherwise any client could name a new address with each request.
  app.set('trust proxy', options.trustProxy ?? false);
  app.use(serverTiming());
  app.use(securityHeaders());

  app.get('/healthz', async (_req, res) => {
    try {
      await options.ds.query('SELECT 1');
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });

  // A RUNNING job left by this instance's previous process, or whose runner's claim lapsed, has
  // no process left; from now on this process renews its own claims and watches the others'.
  await options.services.imports.recoverInterrupted();
  options.services.imports.startLeases();
  options.services.auth.startWatch();
  options.services.exportJobs.startSweeps();
  await options.services.imports.sweepUploads();

  const graphiql = path.join(options.webDist, 'graphiql.html');
  app.get('/graphql', (req, res, next) => {
    if (req.accepts(['application/json', 'text/html']) === 'text/html' && existsSync(graphiql)) {
      applyGraphiqlPolicy(res);
      res.sendFile(graphiql);
      return;
    }
    next();
  });
  // First of the routes: the API's requests do not walk the file routes' table.
  // An anonymous caller may only log in or register for a campaign: a small body is plenty.
  const signedInJson = express.json({ limit: MAX_BODY });
  const anonymousJson = express.json({ limit: MAX_ANONYMOUS_BODY });
  app.use(
    '/graphql',
    (req, res, next) => (req.headers.authorization ? signedInJson : anonymousJson)(req, res, next),
    graphql,
  );
  // The file routes' writes (uploads, imports started, files deleted) forget the counts too.
  app.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.on('finish', () => counts.invalidate());
    }
    next();
  });
  app.use(importRoutes(options.services));
  app.use(kpiExportRoutes(options.services));
  app.use(debtFilesRouter(options.services));
  app.use(exportRoutes(options.services, schema));
  app.use(campaignFilesRouter(options.services));
  app.use(companyLogoRoutes(options.services));
  app.use(salesFilesRouter(options.services));
  // Every other /files path, and whatever Express raises there, answers in the files' one shape.
  app.use('/files', notFoundJson, httpErrorJson);

  const index = path.join(options.webDist, 'index.html');
  app.use(webAssets(options.webDist));
  app.use((req, res, next) => {
    if (req.method !== 'GET' || /^\/(graphql|files|healthz)(\/|$)/.test(req.path)) {
      next();
      return;
    }
    if (existsSync(index)) {
      // The page names the current build's hashed files: always asked again.
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    } else {
      res.status(404).type('text/plain').send('The web app is not built: run `pnpm build`.');
    }
  });

  const onError: ErrorRequestHandler = (err: { type?: string; status?: number }, req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    const locale = acceptedLocale(req);
    const [status, messageKey] =
      err.type === 'entity.too.large'
        ? [413, 'query.tooLarge']
        : err.type === 'entity.parse.failed'
          ? [400, 'query.malformed']
          : [err.status && err.status < 500 ? err.status : 500, null];
    if (!messageKey) {
      console.error('[http] error:', err);
    }
    const appError = messageKey
      ? new AppError('BAD_USER_INPUT', { messageKey })
      : new AppError('INTERNAL_SERVER_ERROR');
    res.status(status).json({ errors: [formatAppError(appError, locale)] });
  };
  app.use(onError);

  return {
    app,
    stop: async () => {
      await options.services.auth.stopWatch();
      options.services.imports.stopLeases();
      options.services.exportJobs.stopSweeps();
      await apollo.stop();
    },
  };
}
