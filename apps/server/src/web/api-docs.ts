import type { FastifyInstance } from 'fastify';

type Operation = { summary?: string; tags?: string[] };
type OpenApi = { paths?: Record<string, Record<string, Operation>> };

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** A plain, accessible page listing every operation, for people integrating with Birge. */
export function renderApiDocs(spec: OpenApi): string {
  const byTag = new Map<string, string[]>();
  for (const [path, methods] of Object.entries(spec.paths ?? {})) {
    for (const [method, operation] of Object.entries(methods)) {
      const tag = operation.tags?.[0] ?? 'other';
      const row = `<tr><td><code>${method.toUpperCase()}</code></td><td><code>${escapeHtml(path)}</code></td><td>${escapeHtml(operation.summary ?? '')}</td></tr>`;
      byTag.set(tag, [...(byTag.get(tag) ?? []), row]);
    }
  }
  const sections = [...byTag]
    .map(
      ([tag, rows]) =>
        `<section><h2>${escapeHtml(tag)}</h2><table><thead><tr><th scope="col">Method</th><th scope="col">Path</th><th scope="col">What it does</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`,
    )
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Birge API</title>
<style>body{font:1rem/1.5 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;color:#1a1a1a}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #767676;vertical-align:top}code{overflow-wrap:anywhere}a{color:#0b57d0}</style></head>
<body><main><h1>Birge API</h1><p>JSON over HTTPS under <code>/api</code>. Sign in with a session cookie (writes carry the <code>x-csrf-token</code> header) or a personal API token (<code>Authorization: Bearer …</code>). Errors are <code>{"error":{"code","message","fields"}}</code>, in the language of <code>Accept-Language</code>. The machine-readable description is <a href="/api/openapi.json">OpenAPI 3.1</a>.</p>${sections}</main></body></html>`;
}

export function apiDocsRoutes(app: FastifyInstance) {
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
  app.get('/api/docs', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(renderApiDocs(app.swagger() as OpenApi)),
  );
}
