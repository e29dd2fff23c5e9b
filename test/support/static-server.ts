/**
 * A small static server for browser tests that need to control the host: serve a build folder,
 * swap it for another (a deploy), or stop answering (the network gone). Pages are served as
 * the preview server does (`/a/` is `a/index.html`); nothing is cached by the browser's HTTP
 * cache, so what a page gets is what this server or a service worker gives it.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  origin: string;
  /** Every path asked for, in order. */
  requests: string[];
  /** Serves another folder from now on. */
  swap(root: string): void;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Rewrites every HTML page before it is sent (the engines suite adds its watch script). */
  html?: (html: string) => string;
  /** Files served in place of the build's, by path (the engines suite's stand-in service worker). */
  files?: Record<string, string>;
}

export async function serveStatic(root: string, port: number, options: ServeOptions = {}): Promise<StaticServer> {
  let current = root;
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
    requests.push(path);
    let file = join(current, normalize(path));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = file.startsWith(current) && existsSync(file) && statSync(file).isFile();
    const served = found ? file : join(current, '404.html');
    const raw = options.files?.[path] !== undefined ? Buffer.from(options.files[path]) : readFileSync(served);
    const body = options.html && served.endsWith('.html') ? options.html(raw.toString('utf8')) : raw;
    res.writeHead(found ? 200 : 404, {
      'content-type': (found && types[extname(file)]) || (found ? 'application/octet-stream' : types['.html']),
      'cache-control': 'no-store',
    });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    swap: (next) => void (current = next),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
