/**
 * The emulator's built-in tenant and app registrations. Client secrets are never stored here: a fresh random
 * secret is made for each emulator start (the CLI prints the demo app's on its second line).
 */
import { randomBytes } from 'node:crypto';
import type { AppRegistration, Tenant } from '../storage/store';

export const DEMO_TENANT: Tenant = { id: '6f0c2b8e-3d4a-4e5f-9a1b-7c8d9e0f1a2b', domain: 'contoso.onmicrosoft.com' };

export interface AppTemplate {
  readonly name: 'demo' | 'reader' | 'manager';
  readonly clientId: string;
  readonly displayName: string;
  readonly roles: readonly string[];
}

export const BUILT_IN_APPS: readonly AppTemplate[] = [
  { name: 'demo', clientId: '2b7e4c1a-9d3f-4a6b-8e5c-0f1d2a3b4c5d', displayName: 'Bookings Invoicing (emulator demo)', roles: ['Bookings.Read.All', 'BookingsAppointment.ReadWrite.All'] },
  { name: 'reader', clientId: '8c1d2e3f-4a5b-4c6d-9e7f-0a1b2c3d4e5f', displayName: 'Bookings reader (emulator)', roles: ['Bookings.Read.All'] },
  { name: 'manager', clientId: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b', displayName: 'Bookings manager (emulator)', roles: ['Bookings.Manage.All'] },
];

/** A client secret in the shape Entra ID issues (40 characters with a `~`). */
export function newClientSecret(): string {
  const body = randomBytes(30).toString('base64url').slice(0, 36);
  return `${body.slice(0, 3)}8Q~${body.slice(3)}`;
}

export function builtInApps(secrets: Readonly<Record<AppTemplate['name'], string>>): AppRegistration[] {
  return BUILT_IN_APPS.map((t) => ({ tenantId: DEMO_TENANT.id, clientId: t.clientId, clientSecret: secrets[t.name], displayName: t.displayName, roles: t.roles }));
}
