/** The one place that talks HTTP to the Birge API: language and CSRF headers, and typed errors. */

export interface ApiErrorBody {
  code: string;
  message: string;
  fields?: Record<string, string>;
  /** Records that help resolve the error, such as the possible duplicates of a registration. */
  details?: unknown;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Record<string, string>;
  readonly details: unknown;

  constructor(status: number, body: ApiErrorBody) {
    super(body.message);
    this.status = status;
    this.code = body.code;
    this.fields = body.fields ?? {};
    this.details = body.details;
  }
}

// Set by the language and session providers so every request carries them without threading props.
const context = { language: 'en', csrfToken: '' };

export function setApiLanguage(language: string): void {
  context.language = language;
}

export function setCsrfToken(token: string): void {
  context.csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

interface RequestOptions {
  body?: unknown;
  /** Sign-in and token pages run before a session (and its CSRF token) exists. */
  withoutCsrf?: boolean;
}

export async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': context.language };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && !options.withoutCsrf) headers['x-csrf-token'] = context.csrfToken;
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const data: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) throw new ApiError(response.status, errorBody(data, response.statusText));
  return data as T;
}

function errorBody(data: unknown, fallback: string): ApiErrorBody {
  if (data && typeof data === 'object' && 'error' in data) return (data as { error: ApiErrorBody }).error;
  return { code: 'http.error', message: fallback };
}

/** Builds a query string, leaving out empty values so URLs stay readable. */
export function query(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
