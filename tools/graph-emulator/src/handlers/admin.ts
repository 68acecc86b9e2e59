/**
 * Admin endpoints for tests (no authentication; the emulator listens on loopback only):
 *   POST /_emulator/reset     back to the start-up seed; clears the request log; restarts the start-up faults
 *   POST /_emulator/seed      replace all businesses: fixture JSON, or {"preset":"demo"|"empty"|"scale:N"}
 *   GET  /_emulator/requests  request log (?since=SEQ); DELETE clears it
 *   GET|POST|DELETE /_emulator/faults   show / set (FaultSpec JSON or {"spec":"text"}) / clear faults
 *   GET  /_emulator/health    status and data counts
 */
import { GraphErrors } from '../errors/error-factory';
import { FaultSpecError, faultSpecFromJson } from '../faults/fault-spec';
import { FixtureError, parseFixture } from '../storage/fixture';
import { isJsonObject } from '../storage/json';
import { SeedError, type SeedOption } from '../seed-source';

export interface AdminTarget {
  reset(): void;
  seed(option: SeedOption): void;
  setFaults(spec: ReturnType<typeof faultSpecFromJson>): void;
  clearFaults(): void;
  faultState(): unknown;
  requests(since: number): unknown[];
  clearRequests(): void;
  health(): unknown;
}

export interface AdminResult {
  readonly status: number;
  readonly body?: unknown;
}

export function handleAdmin(method: string, url: URL, body: unknown, target: AdminTarget): AdminResult {
  const route = `${method} ${url.pathname.replace(/\/+$/, '')}`;
  switch (route) {
    case 'POST /_emulator/reset':
      target.reset();
      return { status: 204 };
    case 'POST /_emulator/seed': {
      const preset = isJsonObject(body) && typeof body['preset'] === 'string' ? body['preset'] : undefined;
      if (preset !== undefined && preset !== 'demo' && preset !== 'empty' && !/^scale:\d+$/.test(preset)) {
        throw GraphErrors.adminBadRequest(`Unknown preset '${preset}'. Use demo, empty or scale:N, or post fixture JSON.`);
      }
      try {
        if (preset !== undefined) target.seed(preset);
        else if (isJsonObject(body)) target.seed(parseFixture(body));
        else throw GraphErrors.adminBadRequest('POST /_emulator/seed needs fixture JSON ({"businesses":[...]}) or {"preset":"demo"}.');
      } catch (e) {
        if (e instanceof FixtureError || e instanceof SeedError) throw GraphErrors.adminBadRequest(`Fixture rejected at ${e.message}`);
        throw e;
      }
      return { status: 200, body: target.health() };
    }
    case 'GET /_emulator/requests': {
      const since = Number(url.searchParams.get('since') ?? '0');
      return { status: 200, body: { value: target.requests(Number.isFinite(since) ? since : 0) } };
    }
    case 'DELETE /_emulator/requests':
      target.clearRequests();
      return { status: 204 };
    case 'GET /_emulator/faults':
      return { status: 200, body: target.faultState() };
    case 'POST /_emulator/faults':
      try {
        target.setFaults(faultSpecFromJson(body));
      } catch (e) {
        if (e instanceof FaultSpecError) throw GraphErrors.adminBadRequest(e.message);
        throw e;
      }
      return { status: 200, body: target.faultState() };
    case 'DELETE /_emulator/faults':
      target.clearFaults();
      return { status: 204 };
    case 'GET /_emulator/health':
      return { status: 200, body: target.health() };
    default:
      throw GraphErrors.adminNotFound(url.pathname);
  }
}
