// A small static file server for the partner demo and the end-to-end tests: plain files,
// the right content types, optional extra headers (a CSP, CORS), 127.0.0.1 only.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Brotli, quality 11, as a CDN serves text files to a browser that accepts it. */
const brotli = (body) =>
  brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });

/**
 * Serves `mounts` ({ '/': dir, '/cdn/': otherDir }) on 127.0.0.1:`port` (0 for any free
 * port). `headers(pathname)` may add response headers. With `compress`, text files go out
 * brotli-compressed to clients that accept `br` (the benchmark's Lighthouse runs count
 * transferred bytes as a CDN would send them). Resolves to { server, origin }.
 */
export function startStaticServer({ mounts, port = 0, headers = () => ({}), compress = false }) {
  const entries = Object.entries(mounts)
    .map(([prefix, dir]) => [prefix, resolve(dir)])
    .sort((a, b) => b[0].length - a[0].length);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const pathname = decodeURIComponent(url.pathname);
    const mount = entries.find(([prefix]) => pathname.startsWith(prefix));
    if (!mount) return notFound(response);
    const [prefix, dir] = mount;
    let file = normalize(join(dir, pathname.slice(prefix.length)));
    if (file !== dir && !file.startsWith(dir + sep)) return notFound(response);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const encode =
        compress &&
        /^(text\/|application\/json|image\/svg)/.test(type) &&
        /\bbr\b/.test(request.headers['accept-encoding'] ?? '');
      const body = encode ? brotli(await readFile(file)) : await readFile(file);
      response.writeHead(200, {
        'content-type': type,
        'cache-control': 'no-store',
        ...(encode ? { 'content-encoding': 'br', vary: 'accept-encoding' } : {}),
        ...headers(pathname),
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      notFound(response);
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolvePromise({ server, origin: `http://127.0.0.1:${address.port}` });
    });
  });
}

function notFound(response) {
  response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  response.end('Not found');
}
