import type { FastifyError, FastifyInstance } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  type ZodFastifySchemaValidationError,
} from 'fastify-type-provider-zod';
import { type MessageKey, type MessageParams, translate } from '../i18n/translate';
import { AppError } from './app-error';

type FieldMessage = { key: MessageKey; params?: MessageParams };

/** Maps a zod issue to a message a person understands, in their language. */
function fieldMessage(issue: ZodFastifySchemaValidationError): FieldMessage {
  const params = issue.params as Record<string, unknown>;
  const bound = (name: string) => ({ [name]: Number(params[name]) });
  switch (issue.keyword) {
    case 'invalid_type':
      return { key: / undefined$/.test(issue.message ?? '') ? 'field.required' : 'field.type' };
    case 'too_small':
      if (params.origin === 'string')
        return {
          key: Number(params.minimum) <= 1 ? 'field.required' : 'field.tooShort',
          params: bound('minimum'),
        };
      if (params.origin === 'array') return { key: 'field.tooFew', params: bound('minimum') };
      return { key: 'field.tooSmall', params: bound('minimum') };
    case 'too_big':
      if (params.origin === 'string') return { key: 'field.tooLong', params: bound('maximum') };
      if (params.origin === 'array') return { key: 'field.tooMany', params: bound('maximum') };
      return { key: 'field.tooBig', params: bound('maximum') };
    case 'invalid_format':
      if (params.format === 'email') return { key: 'field.email' };
      if (params.format === 'url') return { key: 'field.url' };
      if (params.format === 'uuid') return { key: 'field.uuid' };
      return { key: 'field.format' };
    case 'invalid_value':
      return { key: 'field.choice' };
    case 'invalid_union':
      return { key: 'field.format' };
    case 'unrecognized_keys':
      return { key: 'field.unknown' };
    case 'custom':
      // A rule across fields (a representative's name when a representative consents) names what is missing.
      return { key: issue.message === 'required' ? 'field.required' : 'field.format' };
    default:
      return { key: 'field.format' };
  }
}

function fieldPath(issue: ZodFastifySchemaValidationError): string {
  const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
  const keys = (issue.params as { keys?: string[] }).keys;
  return keys?.length ? [path, keys[0]].filter(Boolean).join('.') : path;
}

export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const language = request.language;
    if (error instanceof AppError) {
      const fields = error.fields
        ? Object.fromEntries(
            Object.entries(error.fields).map(([path, m]) => [path, translate(language, m.key, m.params)]),
          )
        : undefined;
      return reply.status(error.status).send({
        error: {
          code: error.code,
          message: translate(language, error.code, error.params),
          fields,
          details: error.details,
        },
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields: Record<string, string> = {};
      for (const issue of error.validation) {
        const path = fieldPath(issue) || '_';
        const message = fieldMessage(issue);
        fields[path] ??= translate(language, message.key, message.params);
      }
      return reply.status(400).send({
        error: { code: 'errors.validation', message: translate(language, 'errors.validation'), fields },
      });
    }
    const status = error.statusCode ?? 500;
    if (status === 429) {
      return reply.status(429).send({
        error: { code: 'errors.tooManyRequests', message: translate(language, 'errors.tooManyRequests') },
      });
    }
    if (status >= 400 && status < 500) {
      const code = status === 404 ? 'errors.notFound' : 'errors.badRequest';
      return reply.status(status).send({ error: { code, message: translate(language, code) } });
    }
    request.log.error(error);
    return reply
      .status(500)
      .send({ error: { code: 'errors.internal', message: translate(language, 'errors.internal') } });
  });

  app.setNotFoundHandler((request, reply) =>
    reply
      .status(404)
      .send({ error: { code: 'errors.notFound', message: translate(request.language, 'errors.notFound') } }),
  );
}
