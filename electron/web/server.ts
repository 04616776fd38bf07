import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import type { Envelope } from '../../shared/api/errors';
import type { CoreClient } from '../core/host/client';
import { resolveStatic } from '../core/host/static-files';
import { WEB_TEXT } from './strings';

const COOKIE = 'profreestr_token';
const MAX_BODY = 16 * 1024 * 1024;

export interface WebHostOptions {
  client: CoreClient;
  rendererDir: string;
  port?: number;
  /** Fixed token for tests; a random one per launch otherwise. */
  token?: string;
}

export interface WebHost {
  url: string;
  /** The address to open: carries the token once, the page then lives on a cookie. */
  loginUrl: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const invokeBody = z.object({
  name: z.string(),
  args: z.unknown().optional(),
  jobId: z.string().max(100).nullable().optional(),
});

function sameToken(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

function cookieToken(req: http.IncomingMessage): string | undefined {
  const header = req.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === COOKIE) return v.join('=');
  }
  return undefined;
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function refuse(res: http.ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(message);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * The browser-mode host: serves the built page and the engine's API on 127.0.0.1 only. Every
 * request must carry the per-launch token (first in the URL, then as an HttpOnly SameSite
 * cookie) and name this host in its Host header, so other local pages and DNS rebinding cannot
 * reach the registry.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  const streams = new Set<http.ServerResponse>();
  const unsubscribe = options.client.onEvent((event) => {
    const line = `data: ${JSON.stringify(event)}\n\n`;
    for (const res of streams) res.write(line);
  });

  let port = 0;
  const server = http.createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) refuse(res, 500, WEB_TEXT.internal);
      else res.end();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return refuse(res, 421, WEB_TEXT.wrongHost);

    const queryToken = url.searchParams.get('token');
    if (queryToken !== null) {
      if (!sameToken(queryToken, token)) return refuse(res, 403, WEB_TEXT.forbidden);
      url.searchParams.delete('token');
      res.writeHead(303, {
        Location: url.pathname + url.search,
        'Set-Cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        'Cache-Control': 'no-store',
      });
      return void res.end();
    }
    if (!sameToken(cookieToken(req), token)) return refuse(res, 403, WEB_TEXT.forbidden);

    if (url.pathname === '/api/invoke') {
      if (req.method !== 'POST') return refuse(res, 405, WEB_TEXT.methodNotAllowed);
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return refuse(res, 415, WEB_TEXT.jsonOnly);
      }
      const origin = req.headers.origin;
      if (origin !== undefined && origin !== `http://${host}`) return refuse(res, 403, WEB_TEXT.forbidden);
      let body: z.infer<typeof invokeBody>;
      try {
        body = invokeBody.parse(JSON.parse(await readBody(req)));
      } catch {
        return sendJson(res, 400, { ok: false, error: { code: 'bad_args', message: WEB_TEXT.badRequest } });
      }
      const envelope: Envelope<unknown> =
        body.name === 'host.fileDialog'
          ? { ok: false, error: { code: 'unknown_method', message: WEB_TEXT.noDialogs } }
          : body.name === 'host.chooseFile'
            ? { ok: false, error: { code: 'unknown_method', message: WEB_TEXT.noFileChooser } }
            : await options.client.call(body.name, body.args ?? {}, body.jobId ?? null);
      return sendJson(res, 200, envelope);
    }

    if (url.pathname === '/api/events') {
      res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      res.write(': connected\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, WEB_TEXT.methodNotAllowed);
    const file = resolveStatic(options.rendererDir, url.pathname);
    if (!file) return refuse(res, 404, WEB_TEXT.notFound);
    res.writeHead(200, {
      'Content-Type': file.contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    });
    if (req.method === 'HEAD') return void res.end();
    fs.createReadStream(file.filePath).pipe(res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;
  return {
    url: `${base}/`,
    loginUrl: `${base}/?token=${token}`,
    port,
    token,
    async close() {
      unsubscribe();
      for (const res of streams) res.end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
    },
  };
}
