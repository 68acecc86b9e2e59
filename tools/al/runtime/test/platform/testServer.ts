import { Worker } from 'node:worker_threads';

/**
 * A throwaway HTTP server on 127.0.0.1, port 0, running in a worker thread: the HTTP client under test blocks its
 * own thread in Atomics.wait, so the server must have an event loop of its own. Routes:
 *   /echo          200 JSON {method, url, headers, body}
 *   /status/NNN    status NNN, text body "status NNN", X-Multi header twice
 *   /slow?ms=N     answers after N ms
 *   /redirect?to=U 302 to U;  /see-other 303 to /echo
 *   /count         number of requests seen so far (this one included)
 */
const SERVER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const http = require('node:http');
let count = 0;
const server = http.createServer((req, res) => {
  count++;
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const u = new URL(req.url, 'http://127.0.0.1');
    const body = Buffer.concat(chunks).toString('utf8');
    if (u.pathname === '/echo') {
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'X-Server': 'test' });
      res.end(JSON.stringify({ method: req.method, url: req.url, headers: req.headers, rawHeaders: req.rawHeaders, body }));
    } else if (u.pathname.startsWith('/status/')) {
      const code = Number(u.pathname.slice(8));
      res.writeHead(code, { 'Content-Type': 'text/plain', 'X-Multi': ['a', 'b'] });
      res.end('status ' + code);
    } else if (u.pathname === '/slow') {
      setTimeout(() => { res.writeHead(200); res.end('late'); }, Number(u.searchParams.get('ms') || '1000'));
    } else if (u.pathname === '/redirect') {
      res.writeHead(302, { Location: u.searchParams.get('to') || '/echo' });
      res.end();
    } else if (u.pathname === '/see-other') {
      res.writeHead(303, { Location: '/echo' });
      res.end();
    } else if (u.pathname === '/count') {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end(String(count));
    } else {
      res.writeHead(404, 'Nothing Here');
      res.end();
    }
  });
});
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
parentPort.on('message', (m) => {
  if (m === 'close') { server.closeAllConnections(); server.close(() => parentPort.postMessage({ closed: true })); }
});
`;

export interface TestServer {
  readonly base: string;
  close(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  const worker = new Worker(SERVER_SOURCE, { eval: true });
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (m: unknown) => {
      if (typeof m === 'object' && m !== null && 'port' in m && typeof m.port === 'number') resolve(m.port);
      else reject(new Error('test server did not report its port'));
    });
  });
  return {
    base: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise<void>((resolve) => {
        worker.once('message', () => resolve());
        worker.postMessage('close');
      });
      await worker.terminate();
    },
  };
}

/** A port that nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const p = typeof a === 'object' && a !== null ? a.port : 0;
      s.close(() => resolve(p));
    });
  });
}
