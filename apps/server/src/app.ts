import { fileURLToPath } from 'node:url';
import { type Database, type DatabaseHandle, openDatabase } from '@birge/db';
import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { activityRoutes } from './activities/routes';
import { auditRoutes } from './audit/routes';
import { startAuditSealer } from './audit/seal-chain';
import { authRoutes } from './auth/routes';
import { removeExpiredSessions } from './auth/sessions';
import { caseRoutes } from './cases/routes';
import { childcareRoutes } from './childcare/routes';
import { type Config, readConfig } from './config';
import { consultationRoutes } from './consultations/routes';
import { telegramWebhookRoutes } from './consultations/telegram';
import { loadDemo } from './demo/load-demo';
import { employmentRoutes } from './employment/routes';
import { registerErrorHandler } from './http/error-handler';
import { registerRequestContext } from './http/request-context';
import { indicatorRoutes } from './indicators/routes';
import { knowledgeRoutes } from './knowledge/routes';
import { meRoutes } from './me/routes';
import { networkRoutes } from './networks/routes';
import { organisationRoutes } from './organisations/routes';
import { organisationWorkerRoutes } from './organisations/worker-routes';
import { personRoutes } from './persons/routes';
import { savedFilterRoutes } from './persons/saved-filter-routes';
import { programmeRoutes } from './programmes/routes';
import { publicRoutes } from './public/routes';
import { referralRoutes } from './referrals/routes';
import { regionRoutes } from './regions/routes';
import { reportRoutes } from './reports/routes';
import { userRoutes } from './users/routes';
import { volunteerRoutes } from './volunteers/routes';
import { apiDocsRoutes } from './web/api-docs';
import { serveWeb } from './web/serve-web';
import { workshopRoutes } from './workshops/routes';

export const defaultWebRoot = fileURLToPath(new URL('../../web/dist', import.meta.url));

export async function buildApp(
  db: Database,
  config: Config,
  options: { webRoot?: string; logger?: boolean } = {},
) {
  const app = Fastify({ logger: options.logger ?? false, trustProxy: true, bodyLimit: 1_048_576 });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Many clients label every request as JSON; an empty body then means "no input", not a malformed request.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    if (body === '') return done(null, undefined);
    try {
      done(null, JSON.parse(body as string));
    } catch {
      done(Object.assign(new Error('malformed JSON'), { statusCode: 400 }), undefined);
    }
  });
  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Birge API',
        version: '1.0.0',
        description: 'Inclusion and child protection, together.',
      },
    },
    transform: jsonSchemaTransform,
  });
  app.addHook('onSend', async (_request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
  });
  registerRequestContext(app, db, config);
  registerErrorHandler(app);

  app.get('/api/health', { config: { access: 'public' }, schema: { tags: ['health'] } }, async () => {
    await db.execute(sql`select 1`);
    return { status: 'ok' };
  });
  authRoutes(app, db, config);
  meRoutes(app, db);
  regionRoutes(app, db);
  organisationRoutes(app, db);
  organisationWorkerRoutes(app, db);
  networkRoutes(app, db);
  userRoutes(app, db);
  personRoutes(app, db);
  savedFilterRoutes(app, db);
  caseRoutes(app, db);
  referralRoutes(app, db);
  auditRoutes(app, db);
  consultationRoutes(app, db);
  knowledgeRoutes(app, db);
  indicatorRoutes(app, db);
  programmeRoutes(app, db);
  workshopRoutes(app, db);
  volunteerRoutes(app, db);
  childcareRoutes(app, db);
  activityRoutes(app, db);
  employmentRoutes(app, db);
  reportRoutes(app, db);
  publicRoutes(app, db);
  telegramWebhookRoutes(app, db);
  apiDocsRoutes(app);
  await serveWeb(app, options.webRoot ?? defaultWebRoot);
  return app;
}

export type StartOptions = {
  port?: number;
  host?: string;
  demo?: boolean;
  /** A folder for embedded PGlite; omitted (and no databaseUrl) means an in-memory database. */
  dataDir?: string;
  /** An in-memory database starts as a copy of this dump (`DatabaseHandle.dump`) instead of empty. */
  databaseDump?: Blob;
  databaseUrl?: string;
  webRoot?: string;
  logger?: boolean;
};

/** Opens the database, migrates it, loads demo data into an empty one if asked, and listens. */
export async function startBirge(options: StartOptions = {}) {
  const config = { ...readConfig({}), ...(options.port !== undefined ? { port: options.port } : {}) };
  const handle: DatabaseHandle = await openDatabase(
    options.databaseUrl
      ? { databaseUrl: options.databaseUrl, poolSize: config.databasePoolSize }
      : options.dataDir
        ? { dataDir: options.dataDir }
        : { memory: true, loadDataDir: options.databaseDump },
  );
  await handle.migrate();
  const demo = options.demo ? await loadDemo(handle.db) : null;
  const app = await buildApp(handle.db, config, { webRoot: options.webRoot, logger: options.logger });
  const address = await app.listen({ port: config.port, host: options.host ?? '127.0.0.1' });
  const stopSealer = startAuditSealer(handle.db, (error) => app.log.error(error));
  // Expired sessions are refused on use; this only clears them away, off the request path.
  const sweeper = setInterval(() => {
    removeExpiredSessions(handle.db, config).catch((error) => app.log.error(error));
  }, 60_000);
  sweeper.unref();
  return {
    url: address,
    demo,
    database: handle,
    async close() {
      clearInterval(sweeper);
      await app.close();
      await stopSealer();
      await handle.close();
    },
  };
}
