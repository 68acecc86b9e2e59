import type { ObjectDeclaration, Property } from '../../../syntax/src/ast';
import { AppInfo, UNKNOWN_APP } from '../platform/apps';
import { OBJECT_TYPE_ORDINAL, ObjectCatalog } from '../platform/objects';

/**
 * Permission sets from the loaded `permissionset` and `permissionsetextension` objects (Microsoft Learn,
 * "Permission set object", "Permission set extension object"): their Permissions, IncludedPermissionSets and
 * ExcludedPermissionSets, expanded the way BC's "Expanded Permission" table shows them.
 */

/** 0 = none, 1 = indirect (lower-case letter), 2 = direct (upper-case letter). */
export type Level = 0 | 1 | 2;

export const PERMISSION_LETTERS = ['r', 'i', 'm', 'd', 'x'] as const;
export type PermissionLetter = (typeof PERMISSION_LETTERS)[number];

export interface ObjectPermission {
  /** Lower-case object type word: tabledata, table, page, codeunit, report, xmlport, query, system. */
  readonly type: string;
  /** Object ID; 0 = every object of the type. */
  readonly id: number;
  /** Levels for R, I, M, D, X. */
  readonly levels: [Level, Level, Level, Level, Level];
}

export interface PermissionSetDef {
  /** Role ID as BC stores it: the object name, upper case. */
  readonly roleId: string;
  readonly name: string;
  readonly objectId: number;
  readonly app: AppInfo;
  readonly permissions: ObjectPermission[];
  readonly included: string[];
  readonly excluded: string[];
}

/** "Expanded Permission"."Object Type" ordinals: AllObj's for the objects that carry permissions, plus TableData and System. */
export const PERMISSION_OBJECT_TYPE: Readonly<Record<string, number>> = {
  tabledata: 0,
  ...Object.fromEntries(['table', 'report', 'codeunit', 'xmlport', 'page', 'query'].map((t) => [t, OBJECT_TYPE_ORDINAL[t] ?? -1])),
  system: 10,
};

/** Parses permission letters (`RIMD`, `rimd`, `X`, `RimD`) into levels. */
export function parseLetters(text: string): [Level, Level, Level, Level, Level] {
  const out: [Level, Level, Level, Level, Level] = [0, 0, 0, 0, 0];
  for (const ch of text.trim()) {
    const i = PERMISSION_LETTERS.indexOf(ch.toLowerCase() as PermissionLetter);
    if (i < 0) continue;
    const lvl: Level = ch === ch.toUpperCase() ? 2 : 1;
    if (lvl > (out[i] ?? 0)) out[i] = lvl;
  }
  return out;
}

/** Names in a property such as `IncludedPermissionSets = "BKI - Read", "D365 BASIC"`, upper case. */
export function nameList(p: Property | undefined): string[] {
  if (p === undefined) return [];
  return p.raw
    .replace(/;\s*$/, '')
    .split(',')
    .map((s) => s.trim().replace(/^"(.*)"$/, '$1').trim().toUpperCase())
    .filter((s) => s !== '');
}

function prop(o: ObjectDeclaration, name: string): Property | undefined {
  return o.properties.find((p) => p.name.name.toLowerCase() === name);
}

/** Resolves the entries of a Permissions property (of a permission set or of a code object) to object IDs. */
export function permissionEntries(p: Property | undefined, catalog: ObjectCatalog): ObjectPermission[] {
  if (p === undefined || p.value.kind !== 'PermissionsValue') return [];
  const out: ObjectPermission[] = [];
  for (const e of p.value.entries) {
    const type = e.objectType.toLowerCase();
    const lookupType = type === 'tabledata' ? 'table' : type;
    const id = /^\d+$/.test(e.object.name) ? Number(e.object.name) : e.object.name === '*' ? 0 : catalog.byName(lookupType, e.object.name)?.id;
    if (id === undefined) continue;
    out.push({ type, id, levels: parseLetters(e.permissions) });
  }
  return out;
}

/** Sets the platform has without an AL object: SUPER grants everything; the others are empty here. */
export const FULL_ACCESS_ROLES = new Set(['SUPER', 'D365 FULL ACCESS', 'D365 BUS FULL ACCESS']);
export const EMPTY_BUILTIN_ROLES = new Set(['ALL OBJECTS', 'TEST TABLES', 'LOCAL']);

export class PermissionSetIndex {
  readonly sets = new Map<string, PermissionSetDef>();
  private readonly expanded = new Map<string, Map<string, ObjectPermission>>();

  constructor(catalog: ObjectCatalog) {
    for (const c of catalog.objects) {
      if (c.type !== 'permissionset') continue;
      this.sets.set(c.name.toUpperCase(), {
        roleId: c.name.toUpperCase(),
        name: c.name,
        objectId: c.id,
        app: c.app,
        permissions: permissionEntries(prop(c.decl, 'permissions'), catalog),
        included: nameList(prop(c.decl, 'includedpermissionsets')),
        excluded: nameList(prop(c.decl, 'excludedpermissionsets')),
      });
    }
    // Extensions add their permissions and included/excluded sets to the set they extend.
    for (const c of catalog.objects) {
      if (c.type !== 'permissionsetextension') continue;
      const base = this.sets.get((c.decl.extends?.name ?? '').toUpperCase());
      if (base === undefined) continue;
      base.permissions.push(...permissionEntries(prop(c.decl, 'permissions'), catalog));
      base.included.push(...nameList(prop(c.decl, 'includedpermissionsets')));
      base.excluded.push(...nameList(prop(c.decl, 'excludedpermissionsets')));
    }
  }

  has(roleId: string): boolean {
    const r = roleId.toUpperCase();
    return this.sets.has(r) || FULL_ACCESS_ROLES.has(r) || EMPTY_BUILTIN_ROLES.has(r);
  }

  /** The set's permissions with included sets merged in (the highest level wins) and excluded sets removed. */
  expand(roleId: string, seen: Set<string> = new Set()): Map<string, ObjectPermission> {
    const r = roleId.toUpperCase();
    const cached = this.expanded.get(r);
    if (cached !== undefined) return cached;
    const out = new Map<string, ObjectPermission>();
    const def = this.sets.get(r);
    if (def === undefined || seen.has(r)) return out;
    seen.add(r);
    const add = (p: ObjectPermission): void => {
      const k = `${p.type}|${p.id}`;
      const prev = out.get(k);
      if (prev === undefined) out.set(k, { type: p.type, id: p.id, levels: [...p.levels] });
      else for (let i = 0; i < 5; i++) if ((p.levels[i] ?? 0) > (prev.levels[i] ?? 0)) prev.levels[i] = p.levels[i] ?? 0;
    };
    def.permissions.forEach(add);
    for (const inc of def.included) for (const p of this.expand(inc, seen).values()) add(p);
    for (const exc of def.excluded) {
      for (const p of this.expand(exc, seen).values()) {
        const mine = out.get(`${p.type}|${p.id}`);
        if (mine === undefined) continue;
        for (let i = 0; i < 5; i++) if ((p.levels[i] ?? 0) > 0) mine.levels[i] = 0;
      }
    }
    seen.delete(r);
    this.expanded.set(r, out);
    return out;
  }

  appOf(roleId: string): AppInfo {
    return this.sets.get(roleId.toUpperCase())?.app ?? UNKNOWN_APP;
  }
}

const cache = new WeakMap<ObjectCatalog, PermissionSetIndex>();

export function permissionSetsOf(catalog: ObjectCatalog): PermissionSetIndex {
  let i = cache.get(catalog);
  if (i === undefined) {
    i = new PermissionSetIndex(catalog);
    cache.set(catalog, i);
  }
  return i;
}
