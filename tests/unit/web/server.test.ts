import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inProcessCore } from '../../../electron/core/host/in-process';
import { startWebHost, type WebHost } from '../../../electron/web/server';
import { writeSmallRegion } from '../../fixtures/small-region';
import { tempDir } from '../../fixtures/temp';

let host: WebHost;
let cleanup: () => void;
let dir: string;

/** A raw request, so that the Host header and cookies are exactly what the test says. */
function request(
  pathname: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: host.port, path: pathname, method: opts.method ?? 'GET', headers: { Host: `127.0.0.1:${host.port}`, ...opts.headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}
const cookie = () => ({ Cookie: `profreestr_token=${host.token}` });
const invoke = (name: string, args: unknown, headers: Record<string, string> = cookie()) =>
  request('/api/invoke', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify({ name, args }) });

beforeEach(async () => {
  ({ dir, cleanup } = tempDir());
  const rendererDir = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Профреестр</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'секрет');
  writeSmallRegion(path.join(dir, 'r.profreestr')).close();
  const client = inProcessCore({ dataDir: path.join(dir, 'data'), mode: 'browser' });
  host = await startWebHost({ client, rendererDir });
});
afterEach(async () => {
  await host.close();
  cleanup();
});

describe('browser-mode host', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses every request without the token', async () => {
    for (const p of ['/', '/assets/app.js', '/api/events']) {
      const res = await request(p);
      expect(res.status, p).toBe(403);
      expect(res.body).toContain('Доступ запрещён');
    }
    expect((await invoke('app.status', {}, {})).status).toBe(403);
    expect((await invoke('app.status', {}, { Cookie: 'profreestr_token=wrong' })).status).toBe(403);
    expect((await request('/?token=wrong')).status).toBe(403);
  });

  it('trades the URL token for an HttpOnly SameSite cookie', async () => {
    const res = await request(`/?token=${host.token}`);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/');
    expect(res.headers['set-cookie']?.[0]).toMatch(/HttpOnly; SameSite=Strict/);
  });

  it('refuses other Host names (DNS rebinding)', async () => {
    const res = await request('/', { headers: { Host: `evil.example:${host.port}`, ...cookie() } });
    expect(res.status).toBe(421);
  });

  it('serves the page with the CSP header and nothing outside its folder', async () => {
    const page = await request('/', { headers: cookie() });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.body).toContain('Профреестр');
    expect((await request('/assets/app.js', { headers: cookie() })).headers['content-type']).toContain('javascript');
    expect((await request('/../secret.txt', { headers: cookie() })).body).not.toContain('секрет');
    expect((await request('/%2e%2e/secret.txt', { headers: cookie() })).status).toBe(404);
  });

  it('runs API calls through the contract', async () => {
    const opened = JSON.parse((await invoke('registry.open', { path: path.join(dir, 'r.profreestr') })).body);
    expect(opened).toMatchObject({ ok: true, result: { memberCount: 6 } });
    const bad = JSON.parse((await invoke('members.list', { limit: -1 })).body);
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad_args' } });
    const dialog = JSON.parse((await invoke('host.fileDialog', { mode: 'open' })).body);
    expect(dialog.error.message).toContain('введите полный путь');
  });

  it('has no file chooser for import and export: asks for a typed path', async () => {
    for (const purpose of ['import', 'export']) {
      const res = JSON.parse((await invoke('host.chooseFile', { purpose })).body);
      expect(res).toMatchObject({ ok: false, error: { code: 'unknown_method', message: expect.stringContaining('введите полный путь к файлу в поле на странице') } });
    }
  });

  it('refuses cross-origin and non-JSON API requests', async () => {
    expect((await invoke('app.status', {}, { ...cookie(), Origin: 'http://evil.example' })).status).toBe(403);
    const form = await request('/api/invoke', { method: 'POST', headers: { ...cookie(), 'Content-Type': 'text/plain' }, body: '{}' });
    expect(form.status).toBe(415);
    const junk = await request('/api/invoke', { method: 'POST', headers: { ...cookie(), 'Content-Type': 'application/json' }, body: '{нет' });
    expect(JSON.parse(junk.body)).toMatchObject({ ok: false, error: { code: 'bad_args' } });
  });
});
