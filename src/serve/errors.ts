import type { FastifyError, FastifyInstance } from 'fastify';
import { BadCursorError } from '../store/queries/pagination.js';

/** An error whose message is meant for the person calling the API. */
export class HttpError extends Error {
  constructor(readonly statusCode: number, message: string) {
    super(message);
  }
}

export const notFound = (message: string) => new HttpError(404, message);

const STATUS_TEXT: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 413: 'Payload Too Large', 415: 'Unsupported Media Type', 422: 'Unprocessable Content', 500: 'Internal Server Error' };

export interface ErrorBody { statusCode: number; error: string; message: string }

export function errorBody(statusCode: number, message: string): ErrorBody {
  return { statusCode, error: STATUS_TEXT[statusCode] ?? 'Error', message };
}

/**
 * Every error is JSON with a status and a sentence: validation failures name the parameter, oversized
 * bodies say the limit, and a bug says only that something went wrong (the details go to the log).
 */
export function installErrorHandler(app: FastifyInstance, bodyLimit: number): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpError) return reply.code(error.statusCode).send(errorBody(error.statusCode, error.message));
    if (error instanceof BadCursorError) return reply.code(400).send(errorBody(400, error.message));
    if (error.validation) return reply.code(400).send(errorBody(400, describeValidation(error)));
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply.code(413).send(errorBody(413, `the request body is larger than the limit of ${Math.round(bodyLimit / 1024)} KB`));
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return reply.code(415).send(errorBody(415, `send the body as application/json (an article or a list of articles) or text/plain (an article in the dated-text format)`));
    if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return reply.code(400).send(errorBody(400, 'the request body is empty'));
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      const message = error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError ? `the request body is not valid JSON (${error.message})` : error.message;
      return reply.code(error.statusCode).send(errorBody(error.statusCode, message));
    }
    request.log.error(error);
    return reply.code(500).send(errorBody(500, 'something went wrong on the server; the log has the details'));
  });
}

function describeValidation(error: FastifyError): string {
  const where = { querystring: 'parameter', params: 'path parameter', body: 'body field', headers: 'header' }[error.validationContext ?? 'querystring'] ?? 'value';
  const first = error.validation![0];
  const params = first.params as Record<string, unknown>;
  if (first.keyword === 'required') return `the ${where} "${String(params.missingProperty)}" is required`;
  if (first.keyword === 'additionalProperties') return `the ${where} "${String(params.additionalProperty)}" is not known here`;
  const name = first.instancePath.replace(/^\//, '').replace(/\//g, '.') || error.validationContext || 'request';
  if (first.keyword === 'pattern' && /\\d\{4\}/.test(String(params.pattern))) return `the ${where} "${name}" must be a date: YYYY, YYYY-MM or YYYY-MM-DD`;
  if (first.keyword === 'enum') return `the ${where} "${name}" must be one of: ${(params.allowedValues as unknown[]).join(', ')}`;
  return `the ${where} "${name}" ${first.message}`;
}
