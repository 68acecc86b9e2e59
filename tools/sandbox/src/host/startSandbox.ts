/**
 * The local sandbox in one process: the product host on its own thread (Graph emulator child process, the app in
 * the AL runtime with the demo company and the setup against the emulator), and the web client on 127.0.0.1 whose
 * pages come from the AL metadata of the base-app model plus our app.
 */
import { resolve } from 'node:path';
import type { AppMetadata } from '../metadata/index';
import { RemoteDataSource } from './remoteDataSource';

export interface SandboxOptions {
  /** Port on 127.0.0.1; 0 = any free port. */
  readonly port: number;
  /** Keep the database in this folder (restored at start, written after each committed request). */
  readonly dataDir?: string;
  /** Graph emulator faults from the start, e.g. '429@rate=0.05:burst=3'. */
  readonly faults?: string;
  /** The repository root (default: three folders up from this file's component). */
  readonly repoRoot?: string;
}

export interface Sandbox {
  readonly url: string;
  readonly emulatorUrl: string;
  readonly metadata: AppMetadata;
  readonly dataSource: RemoteDataSource;
  /** Whether the grid add-in's events reach AL (the runtime runs usercontrol triggers). */
  readonly addinTriggers: boolean;
  readonly restoredRows: number;
  /** Milliseconds the product host took on its thread (emulator, app load, demo company, setup). */
  readonly hostMs: number;
  stop(): Promise<void>;
}

export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  const root = options.repoRoot ?? resolve(__dirname, '../../../..');
  // The AL thread starts first: it is the long pole (emulator, app load, demo company); metadata loads meanwhile.
  const remote = RemoteDataSource.start({ ...(options.dataDir === undefined ? {} : { dataDir: resolve(options.dataDir) }), ...(options.faults === undefined ? {} : { faults: options.faults }) });
  let data: RemoteDataSource | undefined;
  try {
    // Loaded after the AL thread started, so their module loading (the AL parser, the add-in host) overlaps its start.
    const { loadApps, productApps } = require('../metadata/index') as typeof import('../metadata/index');
    const { AddinBridge } = require('../server/addinBridge') as typeof import('../server/addinBridge');
    const { Interactions } = require('../server/interactions') as typeof import('../server/interactions');
    const { createSandboxServer, listen } = require('../server/sandboxServer') as typeof import('../server/sandboxServer');
    const metadata = loadApps(productApps(root), { baseDir: root });
    data = await remote;
    const interactions = new Interactions();
    const apps = productApps(root);
    const addins = new AddinBridge({ appRoot: root, sourceDirs: apps.map((a) => a.sourceDir) }, data, interactions);
    const server = await listen(createSandboxServer(metadata, data, { addins, admin: data.admin(), interactions }), '127.0.0.1', options.port);
    const ds = data;
    return {
      url: server.url,
      emulatorUrl: ds.info.emulatorUrl,
      metadata,
      dataSource: ds,
      addinTriggers: ds.info.addinTriggers,
      restoredRows: ds.info.restoredRows,
      hostMs: ds.info.hostMs,
      stop: async () => {
        await addins.close();
        await server.close();
        await ds.stop();
      },
    };
  } catch (e) {
    if (data !== undefined) await data.stop();
    else void remote.then((d) => d.stop(), () => undefined);
    throw e;
  }
}
