/**
 * Fake BC development endpoint: `POST .../dev/apps?SchemaUpdateMode=` (multipart upload) and
 * `GET .../dev/packages` (symbols). Answers like BC: 401 without valid auth, 422 with {"Message"} when the app is
 * rejected, 200 when published. Paths are accepted under any prefix (/BC/dev/..., /v2.0/{env}/dev/...).
 */
import { makeApp } from './make-app';
import { FakeServer, parseMultipart, sendJson, type MultipartPart } from './http-fake';

export type PublishBehaviour = 'ok' | 'compile-error' | 'server-error';

export interface FakeDevEndpoint {
  readonly server: FakeServer;
  readonly uploads: { query: URLSearchParams; parts: MultipartPart[]; path: string }[];
  behaviour: PublishBehaviour;
  /** Symbol packages the fake can serve, by "publisher/name". */
  readonly packages: Map<string, Buffer>;
}

export const COMPILER_MESSAGE =
  'Extension compilation failed\r\nsrc-al/Setup/BKISetup.Table.al(12,5): error AL0118: The name \'Foo\' does not exist in the current context.\r\nsrc-al/Setup/BKISetup.Page.al(3,1): error AL0185: Table \'BKI Setup\' is missing';

export function fakeDevEndpoint(expectedAuthorization: () => string): FakeDevEndpoint {
  const state: FakeDevEndpoint = {
    behaviour: 'ok',
    uploads: [],
    packages: new Map(),
    server: new FakeServer((req, res) => {
      if (req.headers['authorization'] !== expectedAuthorization()) {
        res.writeHead(401, { 'WWW-Authenticate': 'Basic realm=""' });
        res.end();
        return;
      }
      if (req.method === 'POST' && /\/dev\/apps$/.test(req.path)) {
        const mode = req.query.get('SchemaUpdateMode');
        if (mode === null || !['synchronize', 'recreate', 'forcesync'].includes(mode.toLowerCase())) {
          return sendJson(res, 400, { Message: `The SchemaUpdateMode '${mode ?? ''}' is not valid.` });
        }
        const parts = parseMultipart(req.headers['content-type'], req.body);
        const files = (parts ?? []).filter((p) => p.filename !== undefined);
        if (parts === undefined || files.length !== 1 || files[0]?.data.subarray(0, 4).toString('latin1') !== 'NAVX') {
          return sendJson(res, 400, { Message: 'The request must be multipart/form-data with exactly one .app file.' });
        }
        state.uploads.push({ query: req.query, parts, path: req.path });
        switch (state.behaviour) {
          case 'ok':
            res.writeHead(200);
            res.end();
            return;
          case 'compile-error':
            return sendJson(res, 422, { Message: COMPILER_MESSAGE });
          case 'server-error':
            return sendJson(res, 500, { Message: 'An unexpected error occurred on the server.' });
        }
      }
      if (req.method === 'GET' && /\/dev\/packages$/.test(req.path)) {
        const key = `${req.query.get('publisher') ?? ''}/${req.query.get('appName') ?? ''}`;
        const bytes = state.packages.get(key);
        if (bytes === undefined) return sendJson(res, 404, { Message: `No published package matches the provided arguments (${key}).` });
        const fileName = `${(req.query.get('publisher') ?? '').replace(/ /g, '_')}_${(req.query.get('appName') ?? '').replace(/ /g, '_')}_26.0.0.0.app`;
        res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Disposition': `attachment; filename="${fileName}"` });
        res.end(bytes);
        return;
      }
      sendJson(res, 404, { Message: 'Not found' });
    }),
  };
  return state;
}

export function symbolPackage(publisher: string, name: string, dependencies: { id: string; name: string; publisher: string; minVersion: string }[] = []): Buffer {
  return makeApp({ name, publisher, version: '26.0.0.0', dependencies, id: '00000000-0000-0000-0000-000000000001' });
}
