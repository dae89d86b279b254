import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from './errors.js';

/**
 * Article titles and text are untrusted, so the page may run only our own bundled script: no inline
 * script, no eval, no plugins, no framing, no <base> tricks.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
  "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'",
].join('; ');

export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply) => {
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('cross-origin-opener-policy', 'same-origin');
  });
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * Bound to loopback, the server answers only requests addressed to a loopback name, so a web page whose
 * domain was re-pointed at 127.0.0.1 (DNS rebinding) cannot read the store through a visitor's browser.
 */
export function installHostCheck(app: FastifyInstance, host: string): void {
  if (!isLoopback(host)) return;
  app.addHook('onRequest', async (request) => {
    const name = hostName(request.headers.host ?? '');
    if (!isLoopback(name)) throw new HttpError(403, `this server only answers requests to localhost or 127.0.0.1, not "${name}"`);
  });
}

function hostName(header: string): string {
  if (header.startsWith('[')) return header.slice(0, header.indexOf(']') + 1);
  return header.split(':')[0];
}

export interface WritePolicy {
  /** Bearer token every write must carry; null: none needed (loopback without --token). */
  token: string | null;
  /** False when serving beyond loopback without a token: writes are refused. */
  allowed: boolean;
}

export function writePolicy(host: string, token: string | undefined): WritePolicy {
  if (token) return { token, allowed: true };
  return { token: null, allowed: isLoopback(host) };
}

/** Checks a write request: token when one is set, and never from another site's page (CSRF). */
export function checkWrite(request: FastifyRequest, policy: WritePolicy): void {
  if (!policy.allowed) throw new HttpError(403, 'writes are disabled: this server listens beyond this machine without a token; restart it with --token');
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== 'null') {
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = '';
    }
    if (originHost !== request.headers.host) throw new HttpError(403, `writes from another site (${origin}) are refused`);
  } else if (origin === 'null') throw new HttpError(403, 'writes from an opaque origin are refused');
  if (policy.token === null) return;
  const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
  const a = Buffer.from(given);
  const b = Buffer.from(policy.token);
  if (a.length !== b.length || !timingSafeEqual(a, b)) throw new HttpError(401, 'this write needs the server\'s token: send "Authorization: Bearer <token>"');
}
