import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import { administrationRoutes } from './modules/administration/plugin.ts';
import { auditRoutes } from './modules/audit/plugin.ts';
import { setUpAccess } from './modules/identity/access/access-hook.ts';
import { identityRoutes } from './modules/identity/plugin.ts';
import { installationRoutes } from './modules/installation/routes.ts';
import { knowledgeRoutes } from './modules/knowledge/plugin.ts';
import { libraryPages } from './modules/knowledge/public/library-pages.ts';
import { notificationRoutes } from './modules/notifications/routes.ts';
import { registryRoutes } from './modules/registry/plugin.ts';
import type { Config } from './platform/config/config.ts';
import type { Database } from './platform/db/database.ts';
import type { Migration } from './platform/db/migrate.ts';
import { healthRoutes } from './platform/health/routes.ts';
import { setUpErrorHandling } from './platform/http/errors.ts';
import { setUpGracefulClose } from './platform/http/graceful-close.ts';
import { loggerOptions } from './platform/http/logging.ts';
import { setUpOpenApi } from './platform/http/openapi.ts';
import { setUpRateLimit } from './platform/http/rate-limit.ts';
import { requestIdOf } from './platform/http/request-id.ts';
import { setUpSecurityHeaders } from './platform/http/security-headers.ts';
import { validatorCompiler } from './platform/http/validation.ts';
import { setUpWebApp } from './platform/http/web-app.ts';
import './platform/http/route-access.ts';

export const WEB_ROOT = fileURLToPath(new URL('../../dist/web', import.meta.url));

export interface AppOptions {
  config: Config;
  db: Database;
  /** The 32-byte installation key (resolveSecretKey): field encryption derives its keys from it. */
  secretKey: Buffer;
  /** The time TOTP codes are checked at, in epoch seconds; tests set it, everyone else has the system clock. */
  totpClock?: () => number;
  /** The migration files this build knows; /readyz compares them with the database. */
  migrations: Migration[];
  version: string;
  webRoot?: string;
  /** Where JSON log lines go (default: standard output). */
  logStream?: NodeJS.WritableStream;
}

/**
 * Builds the application without listening: external plugins, then the platform, then the
 * modules, then the web app. Routes may still be added until `ready()`.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, db } = options;
  const app = Fastify({
    logger: loggerOptions(config.logLevel, options.logStream),
    genReqId: requestIdOf,
    logController: new LogController({
      requestIdLogLabel: 'requestId',
      // Probes hit these every few seconds; a log line each would drown everything else.
      disableRequestLogging: (request: { url?: string }) =>
        request.url === '/healthz' || request.url === '/readyz',
    }),
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  });
  app.setValidatorCompiler(validatorCompiler);
  // JSON only: a text/plain body is a wrong content type (415), not a string to validate.
  app.removeContentTypeParser('text/plain');

  // External tier: headers, limits, the API description and the one error handler.
  setUpGracefulClose(app);
  setUpSecurityHeaders(app, config.environment === 'production');
  setUpErrorHandling(app, config.bodyLimit);
  await setUpRateLimit(app, config.rateLimit);
  // Sessions, CSRF and route access: before any route, so that every route passes through it.
  await setUpAccess(app, { db, config });
  await setUpOpenApi(app, options.version);

  // Platform tier.
  await app.register(healthRoutes, { db, migrations: options.migrations });

  // Modules.
  await app.register(installationRoutes, { db, version: options.version, environment: config.environment });
  await app.register(identityRoutes, {
    db,
    config,
    secretKey: options.secretKey,
    totpClock: options.totpClock,
  });
  await app.register(auditRoutes, { db });
  await app.register(administrationRoutes, { db });
  await app.register(registryRoutes, { db, config });
  await app.register(notificationRoutes, { db });
  await app.register(knowledgeRoutes, { db, config });

  await setUpWebApp(app, options.webRoot ?? WEB_ROOT, libraryPages({ db, config }));
  return app;
}
