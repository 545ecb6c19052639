import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Serves the built web app; any path that is not a file or the API is a page of the app. */
export async function serveWeb(app: FastifyInstance, webRoot: string) {
  if (!existsSync(webRoot)) return false;
  await app.register(fastifyStatic, { root: webRoot, wildcard: false, maxAge: '1h' });
  app.get('/*', { schema: { hide: true }, config: { access: 'public' } }, (request, reply) => {
    if (request.url.startsWith('/api/')) throw Object.assign(new Error('not found'), { statusCode: 404 });
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
  return true;
}
