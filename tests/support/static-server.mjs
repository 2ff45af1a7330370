// Serves the built site (dist/) like a static host: /dir/ → dir/index.html, unknown → 404.html.
// Several can run at once on different ports (astro preview allows only one per project).
// Usage: node tests/support/static-server.mjs [port] [dir]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const port = Number(process.argv[2] ?? 4321);
const root = resolve(process.argv[3] ?? 'dist');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

async function find(pathname) {
  const path = normalize(join(root, decodeURIComponent(pathname)));
  if (!path.startsWith(root)) return null;
  for (const candidate of [path, join(path, 'index.html')]) {
    const info = await stat(candidate).catch(() => null);
    if (info?.isFile()) return candidate;
  }
  return null;
}

createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const file = await find(pathname);
  const status = file ? 200 : 404;
  const body = await readFile(file ?? join(root, '404.html')).catch(() => 'Not found');
  response.writeHead(status, { 'Content-Type': types[extname(file ?? '404.html')] ?? 'application/octet-stream' });
  response.end(body);
}).listen(port, '127.0.0.1', () => console.log(`Serving ${root} on http://localhost:${port}/`));
