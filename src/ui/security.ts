/**
 * Who may talk to the server: only requests to 127.0.0.1 or localhost at its port (a DNS-rebound
 * name is refused), carrying the session token — in `?t=` on the page, then in a SameSite=Strict
 * cookie (downloads, assets) or the X-Qingdan-Token header (every request that changes anything),
 * which another web page can neither read nor send.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const COOKIE = 'qingdan_ui';
export const TOKEN_HEADER = 'x-qingdan-token';

/** A fresh random session token (256 bits, URL-safe). */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** Equal tokens, compared in constant time. */
export function sameToken(given: string | undefined | null, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The Host header names this server: 127.0.0.1 or localhost, at its port. */
export function hostAllowed(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

export function cookieToken(req: IncomingMessage): string | undefined {
  const header = req.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === COOKIE) return v.join('=');
  }
  return undefined;
}

export function headerToken(req: IncomingMessage): string | undefined {
  const v = req.headers[TOKEN_HEADER];
  return Array.isArray(v) ? v[0] : v;
}

/** The cookie that lets the page's later requests through (never sent by another site's page). */
export const sessionCookie = (token: string): string => `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;

/** Headers of every answer: the page may load only from this server, be framed by nobody, and nothing is cached. */
export function baseHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', "default-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  res.setHeader('Cache-Control', 'no-store');
}
