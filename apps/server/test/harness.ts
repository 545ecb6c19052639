import { type Database, organisations, users } from '@birge/db';
import type { Actor, Language } from '@birge/domain';
import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app';
import { readConfig } from '../src/config';
import { demoPassword } from '../src/demo/demo-organisations';
import { loadDemo } from '../src/demo/load-demo';
import { freshDatabase } from './test-database';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type Client = {
  request(method: Method, url: string, body?: unknown): Promise<{ status: number; body: any }>;
  get(url: string): Promise<{ status: number; body: any }>;
  post(url: string, body?: unknown): Promise<{ status: number; body: any }>;
  patch(url: string, body?: unknown): Promise<{ status: number; body: any }>;
  delete(url: string): Promise<{ status: number; body: any }>;
  cookie: string;
  csrfToken: string;
};

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** The platform administrator as policies see them: for reading indicator values straight from the engine. */
export const platformActor: Actor = {
  userId: '00000000-0000-4000-8000-000000000000',
  platformAdmin: true,
  memberships: [],
};

/**
 * A Birge API on a fresh database with the demo organisations and accounts, driven without a network; with
 * `people`, the demo's persons and the work recorded about them too.
 */
export async function createTestApp(
  overrides: Partial<ReturnType<typeof readConfig>> = {},
  demo: { people?: boolean } = {},
) {
  const handle = await freshDatabase();
  await loadDemo(handle.db, { people: demo.people ?? false });
  const config = { ...readConfig({}), ...overrides };
  const app = await buildApp(handle.db, config, { webRoot: '/nonexistent' });
  await app.ready();

  function client(headers: Record<string, string>, language: Language, csrfToken = '', cookie = ''): Client {
    const request = async (method: Method, url: string, body?: unknown) => {
      const response = await app.inject({
        method,
        url,
        headers: {
          'accept-language': language,
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...headers,
        },
        ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
      });
      return { status: response.statusCode, body: response.body ? safeJson(response.body) : undefined };
    };
    return {
      request,
      get: (url) => request('GET', url),
      post: (url, body) => request('POST', url, body ?? {}),
      patch: (url, body) => request('PATCH', url, body ?? {}),
      delete: (url) => request('DELETE', url),
      cookie,
      csrfToken,
    };
  }

  return {
    app: app as FastifyInstance,
    db: handle.db as Database,
    handle,
    anonymous: (language: Language = 'en') => client({}, language),
    async signIn(email: string, language: Language = 'en', password = demoPassword): Promise<Client> {
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ email, password }),
      });
      if (response.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${response.body}`);
      const cookie = response.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
      const { csrfToken } = JSON.parse(response.body) as { csrfToken: string };
      return client({ cookie, 'x-csrf-token': csrfToken }, language, csrfToken, cookie);
    },
    async organisationId(namePart: string) {
      const rows = await handle.db.select().from(organisations);
      const found = rows.find((o) => o.name.includes(namePart));
      if (!found) throw new Error(`no demo organisation like ${namePart}`);
      return found.id;
    },
    async userId(email: string) {
      const [row] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, email));
      if (!row) throw new Error(`no user ${email}`);
      return row.id;
    },
    async close() {
      await app.close();
      await handle.close();
    },
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A digest of every table a request could change, to prove that a refused request changed nothing. */
export async function fingerprint(db: Database, except: string[] = []): Promise<string> {
  // Every table a request could change, except the bookkeeping each request itself touches.
  const listed = await db.execute(
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const tables = (listed as unknown as { rows: { table_name: string }[] }).rows
    .map((row) => row.table_name)
    .filter((name) => !['sessions', 'rate_limits', 'instance_secrets'].includes(name));
  const parts: string[] = [];
  for (const table of tables.filter((name) => !except.includes(name))) {
    const result = await db.execute(
      sql.raw(
        `select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from ${table} t`,
      ),
    );
    const [row] = (result as unknown as { rows: { digest: string }[] }).rows;
    parts.push(`${table}:${row?.digest}`);
  }
  return parts.join(' ');
}

/** A person to register in a test: an adult by default, with consent to registration. */
export function personInput(ownerOrganisationId: string, overrides: Record<string, unknown> = {}) {
  return {
    ownerOrganisationId,
    familyName: 'Асанова',
    givenName: 'Айгүл',
    patronymic: 'Бакыт кызы',
    sex: 'female',
    birthDate: '1990-04-12',
    phones: ['+996 555 123 456'],
    registrationConsent: { givenBy: 'person', method: 'paper', givenOn: '2026-01-10' },
    ...overrides,
  };
}
