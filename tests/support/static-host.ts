// A static host like Netlify or Cloudflare Pages: serves a built site gzipped, with the
// headers of its _headers file. For the benchmark and the browser tests of those headers.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { headersFor, parseHeadersFile } from '../checks/headers.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

function find(root: string, pathname: string): string | null {
  const path = normalize(join(root, decodeURIComponent(pathname)));
  if (!path.startsWith(root)) return null;
  for (const candidate of [path, join(path, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Serves `root` on 127.0.0.1 (port 0: any free one); resolves with the server and its origin. */
export function serve(root: string, port: number): Promise<{ server: Server; origin: string }> {
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8'), headersFile) : [];
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = find(root, pathname);
    const body = readFileSync(file ?? join(root, '404.html'));
    const headers: Record<string, string> = { 'Content-Type': types[extname(file ?? '404.html')] ?? 'application/octet-stream' };
    for (const [name, values] of headersFor(rules, pathname)) headers[name] = values.join(', ');
    const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '') && /^(text|application\/(json|xml|wasm)|image\/svg)/.test(headers['Content-Type']!);
    if (gzip) headers['Content-Encoding'] = 'gzip';
    response.writeHead(file ? 200 : 404, headers);
    response.end(gzip ? gzipSync(body, { level: 9 }) : body);
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => resolve({ server, origin: `http://localhost:${(server.address() as AddressInfo).port}` })),
  );
}
