/**
 * Secrets the suites plant in environments and argv. Made fresh per process (never written in the source), so a
 * scan of the repository for them is meaningful: finding one means something wrote run output into the tree.
 */
import { randomBytes } from 'node:crypto';

function fresh(prefix: string): string {
  return `${prefix}${randomBytes(18).toString('base64url')}`;
}

export const KNOWN_SECRETS = {
  password: fresh('Pw!'),
  clientSecret: fresh('cs~'),
  accessToken: `eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.${fresh('at')}.${fresh('sig')}`,
  refreshToken: fresh('rt.'),
} as const;

/** The planted values plus the Basic-auth form the scripts would send. */
export function plantedSecrets(user = 'admin'): string[] {
  return [...Object.values(KNOWN_SECRETS), Buffer.from(`${user}:${KNOWN_SECRETS.password}`).toString('base64')];
}
