import type { Property } from '../../../syntax/src/ast';
import { alError } from '../errors';
import type { TableMeta } from '../db/meta';
import { catalogOf, ObjectCatalog } from '../platform/objects';
import { FULL_ACCESS_ROLES, Level, parseLetters, permissionEntries, permissionSetsOf, PermissionSetIndex } from './permissionSets';
import { PERMISSION_MESSAGES } from './messages';

/**
 * Permission checks when a test lowers the user's permissions (codeunit "Permissions Mock" / "Library - Lower
 * Permissions"). While nothing is lowered the session's `permissionCheck` is undefined, so a record operation pays
 * one property read. Once sets are assigned, every Read/Insert/Modify/Delete on a non-temporary table needs:
 * a direct permission in the effective sets, or the table's InherentPermissions, or an indirect permission plus
 * the executing object's Permissions property (a table's own code may always use its own data indirectly).
 */

/** Data operations in RIMD order. */
export const DATA_OP = { read: 0, insert: 1, modify: 2, delete: 3 } as const;
export type DataOp = (typeof DATA_OP)[keyof typeof DATA_OP];
const OP_NAMES = ['Read', 'Insert', 'Modify', 'Delete'] as const;

/** The executing object as the interpreter knows it (ObjInfo and page infos have these). */
export interface ExecutingObject {
  readonly kind?: string;
  readonly props?: ReadonlyMap<string, Property>;
  readonly table?: { readonly id: number };
}

export type PermissionCheck = (table: TableMeta, temporary: boolean, op: DataOp, owner: ExecutingObject | undefined) => void;

/** The part of a session the permission code needs (kept structural so this module does not import the session). */
export interface PermissionHost {
  readonly program: { readonly files: readonly { readonly path: string; readonly node: { readonly objects: readonly import('../../../syntax/src/ast').ObjectDeclaration[] } }[] };
  permissionCheck: PermissionCheck | undefined;
  readonly natives: Map<string, (args: unknown[], settings: never) => unknown>;
}

class EffectivePermissions {
  full = false;
  /** tabledata ID -> RIMD levels; ID 0 = every table. */
  readonly tableData = new Map<number, Level[]>();
  constructor(roles: readonly string[], index: PermissionSetIndex) {
    for (const r of roles) {
      if (FULL_ACCESS_ROLES.has(r)) this.full = true;
      for (const p of index.expand(r).values()) {
        if (p.type !== 'tabledata') continue;
        const prev = this.tableData.get(p.id);
        if (prev === undefined) this.tableData.set(p.id, p.levels.slice(0, 4) as Level[]);
        else for (let i = 0; i < 4; i++) if ((p.levels[i] ?? 0) > (prev[i] ?? 0)) prev[i] = p.levels[i] ?? 0;
      }
    }
  }
  level(tableId: number, op: DataOp): Level {
    if (this.full) return 2;
    const a = this.tableData.get(tableId)?.[op] ?? 0;
    const b = this.tableData.get(0)?.[op] ?? 0;
    return a > b ? a : b;
  }
}

/** Per-session mock state: started, and the assigned roles once something was assigned or cleared. */
export class PermissionMock {
  started = false;
  roles: string[] | undefined;
  private readonly catalog: ObjectCatalog;
  readonly index: PermissionSetIndex;
  private readonly ownerGrants = new WeakMap<object, Map<number, Level[]>>();
  private readonly inherent = new Map<number, Level[]>();

  constructor(private readonly host: PermissionHost) {
    this.catalog = catalogOf(host.program);
    this.index = permissionSetsOf(this.catalog);
  }

  start(): void {
    this.started = true;
    this.roles = undefined;
    this.host.permissionCheck = undefined;
  }

  stop(): void {
    this.started = false;
    this.roles = undefined;
    this.host.permissionCheck = undefined;
  }

  clear(): void {
    if (!this.started) return;
    this.roles = [];
    this.apply();
  }

  assign(roleId: string): void {
    if (!this.started) return;
    const r = roleId.trim().toUpperCase();
    if (!this.index.has(r)) throw alError(PERMISSION_MESSAGES.unknownRole(roleId));
    this.roles = [...(this.roles ?? []), r];
    this.apply();
  }

  private apply(): void {
    const eff = new EffectivePermissions(this.roles ?? [], this.index);
    this.host.permissionCheck = eff.full ? undefined : (table, temporary, op, owner) => this.check(eff, table, temporary, op, owner);
  }

  private check(eff: EffectivePermissions, table: TableMeta, temporary: boolean, op: DataOp, owner: ExecutingObject | undefined): void {
    if (temporary) return;
    const user = eff.level(table.id, op);
    if (user === 2) return;
    const inh = this.inherentOf(table.id)[op] ?? 0;
    if (inh === 2) return;
    if (user === 1 || inh === 1) {
      if (owner?.table?.id === table.id && owner.kind === 'table') return;
      if (owner !== undefined && (this.grantsOf(owner).get(table.id)?.[op] ?? 0) > 0) return;
    }
    const app = this.catalog.byId('table', table.id)?.app.name ?? '';
    throw alError(PERMISSION_MESSAGES.denied(table.id, table.caption, OP_NAMES[op], app));
  }

  private inherentOf(tableId: number): Level[] {
    let l = this.inherent.get(tableId);
    if (l === undefined) {
      const decl = this.catalog.byId('table', tableId)?.decl;
      const p = decl?.properties.find((x) => x.name.name.toLowerCase() === 'inherentpermissions');
      l = p === undefined ? [0, 0, 0, 0] : parseLetters(p.raw.replace(/;\s*$/, '')).slice(0, 4);
      this.inherent.set(tableId, l);
    }
    return l;
  }

  /** tabledata permissions an object declares in its Permissions property (any letter case grants). */
  private grantsOf(owner: ExecutingObject): Map<number, Level[]> {
    const key = owner as object;
    let g = this.ownerGrants.get(key);
    if (g === undefined) {
      g = new Map();
      for (const p of permissionEntries(owner.props?.get('permissions'), this.catalog)) if (p.type === 'tabledata') g.set(p.id, p.levels.slice(0, 4));
      this.ownerGrants.set(key, g);
    }
    return g;
  }
}

const mocks = new WeakMap<PermissionHost, PermissionMock>();

export function permissionMockOf(host: PermissionHost): PermissionMock {
  let m = mocks.get(host);
  if (m === undefined) {
    m = new PermissionMock(host);
    mocks.set(host, m);
  }
  return m;
}

/** Registers the native hooks behind codeunit "Permissions Mock" (131006). */
export function installPermissionHooks(host: PermissionHost): void {
  const m = (): PermissionMock => permissionMockOf(host);
  host.natives.set('runtime native hooks::permissionsmockstart', () => void m().start());
  host.natives.set('runtime native hooks::permissionsmockstop', () => void m().stop());
  host.natives.set('runtime native hooks::permissionsmockisstarted', () => m().started);
  host.natives.set('runtime native hooks::permissionsmockclear', () => void m().clear());
  host.natives.set('runtime native hooks::permissionsmockassign', (a) => void m().assign(String(a[0] ?? '')));
}


/** Record methods that need a data permission, and which one (Rename needs Modify, as in BC). */
export const RECORD_METHOD_OPS: ReadonlyMap<string, DataOp> = new Map<string, DataOp>([
  ['get', DATA_OP.read],
  ['getbysystemid', DATA_OP.read],
  ['find', DATA_OP.read],
  ['findfirst', DATA_OP.read],
  ['findlast', DATA_OP.read],
  ['findset', DATA_OP.read],
  ['isempty', DATA_OP.read],
  ['count', DATA_OP.read],
  ['countapprox', DATA_OP.read],
  ['calcsums', DATA_OP.read],
  ['insert', DATA_OP.insert],
  ['modify', DATA_OP.modify],
  ['modifyall', DATA_OP.modify],
  ['rename', DATA_OP.modify],
  ['delete', DATA_OP.delete],
  ['deleteall', DATA_OP.delete],
]);
