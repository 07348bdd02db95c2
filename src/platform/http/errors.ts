import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Translate } from '../i18n/i18n';

export interface FieldIssue {
  field: string;
  message: string;
}

interface ZodIssueLike {
  code?: string;
  path?: PropertyKey[];
  message?: string;
  maximum?: unknown;
  minimum?: unknown;
  values?: unknown[];
  options?: unknown[];
  format?: string;
}

/** Explains a schema issue in the user's language; the field keeps the name the client sent. */
function describe(issue: ZodIssueLike, t: Translate): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.message?.includes('undefined') ? t('validation.required') : t('validation.invalidValue');
    case 'too_big':
      return t('validation.tooBig', { maximum: issue.maximum });
    case 'too_small':
      return t('validation.tooSmall', { minimum: issue.minimum });
    case 'invalid_format':
    case 'invalid_string':
      return t('validation.invalidFormat');
    case 'invalid_value':
    case 'invalid_enum_value': {
      const options = issue.values ?? issue.options;
      return options ? t('validation.oneOf', { options: options.join(', ') }) : t('validation.invalidValue');
    }
    default:
      return t('validation.invalidValue');
  }
}

export function isApiRequest(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/') || request.url.startsWith('/feeds/') || request.url.startsWith('/.well-known/');
}

export interface ErrorPages {
  notFound(request: FastifyRequest, reply: FastifyReply): unknown;
  /** `messageKey` names the common catalogue's explanation when the status alone says too little. */
  failure(request: FastifyRequest, reply: FastifyReply, status: number, messageKey?: string): unknown;
}

/** The error code an API client sees, and the message key that explains it to a person. */
function explain(error: FastifyError, status: number): [string, string] {
  // The CSRF check answers 403 too, but the person did nothing forbidden: the form was stale.
  if (error.code?.startsWith('FST_CSRF')) return ['csrf', 'errors.csrf'];
  if (status === 401) return ['unauthorized', 'errors.unauthorized'];
  if (status === 403) return ['forbidden', 'errors.forbidden'];
  if (status === 404) return ['not-found', 'errors.notFound'];
  if (status === 429) return ['too-many-requests', 'errors.tooManyRequests'];
  if (status >= 500) return ['internal', 'errors.internal'];
  return ['bad-request', 'errors.badRequest'];
}

/** One place that turns failures into answers: JSON for the API, a page for people. */
export function registerErrorHandling(app: FastifyInstance, pages: ErrorPages): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const t = request.t;
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues: FieldIssue[] = error.validation.map((v) => {
        const params = v.params as { issue?: ZodIssueLike } | undefined;
        const issue: ZodIssueLike = params?.issue ?? { message: v.message };
        const path = v.instancePath.replace(/^\//, '').replace(/\//g, '.');
        return { field: path || String(issue.path?.join('.') ?? ''), message: describe(issue, t) };
      });
      const first = issues[0] ?? { field: '', message: t('errors.badRequest') };
      if (isApiRequest(request)) {
        return reply.status(400).send({
          error: 'validation',
          message: t('errors.validation', { field: first.field, message: first.message }),
          field: first.field,
          issues,
        });
      }
      return pages.failure(request, reply, 400);
    }
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    const [code, messageKey] = explain(error, status);
    if (isApiRequest(request)) {
      return reply.status(status).send({ error: code, message: t(messageKey) });
    }
    return pages.failure(request, reply, status, messageKey);
  });

  app.setNotFoundHandler((request, reply) => {
    if (isApiRequest(request)) return reply.status(404).send({ error: 'not-found', message: request.t('errors.notFound') });
    return pages.notFound(request, reply);
  });
}
