import type { TableMeta } from '../db/meta';
import { ALDateTime } from '../values/dates';
import { EnumValue } from '../values/types';
import { catalogOf } from './objects';
import { permissionSetsOf, PERMISSION_OBJECT_TYPE } from '../permissions/permissionSets';

/**
 * Platform tables the runtime fills (their AL definitions are in base-app/src/System): AllObj (2000000038) and
 * AllObjWithCaption (2000000058) from every loaded object of every app, "Active Session" (2000000110) with the
 * session's own row, and "Expanded Permission" (2000000254) from the loaded permission sets. The rows appear when a
 * company's store of the table is first used (and again after the test runner restores the database).
 */
export const ALLOBJ_ID = 2000000038;
export const ALLOBJWITHCAPTION_ID = 2000000058;
export const ACTIVE_SESSION_ID = 2000000110;
export const EXPANDED_PERMISSION_ID = 2000000254;

/** What the filler needs from the session (structural, so this module does not import the session). */
export interface SystemTableHost {
  readonly program: {
    readonly files: readonly { readonly path: string; readonly node: { readonly objects: readonly import('../../../syntax/src/ast').ObjectDeclaration[] } }[];
    readonly tablesById: ReadonlyMap<number, { readonly table?: TableMeta }>;
  };
  /** Session facts for "Active Session". */
  sessionFacts(): { sessionId: number; serverInstanceId: number; userId: string; userSid: string; clientType: number; loginMs: number; company: string };
  /** The live sessions that see the same data (the host itself included). */
  liveSessionFacts(): ReturnType<SystemTableHost['sessionFacts']>[];
}

function rowBuilder(meta: TableMeta): (values: Record<string, unknown>) => unknown[] {
  return (values) => {
    const row = [...meta.initRow()];
    for (const [name, v] of Object.entries(values)) {
      const f = meta.field(name);
      if (f === undefined) continue;
      if ((f.type.kind === 'Option' || f.type.kind === 'Enum') && typeof v === 'number') row[f.slot] = new EnumValue(f.type.enumType, v);
      else if (typeof v === 'string' && (f.type.kind === 'Text' || f.type.kind === 'Code') && f.type.length !== undefined) {
        const t = v.slice(0, f.type.length);
        row[f.slot] = f.type.kind === 'Code' ? t.toUpperCase() : t;
      } else row[f.slot] = v;
    }
    return row;
  };
}

export function installSystemTables(host: SystemTableHost): void {
  const meta = (id: number): TableMeta | undefined => host.program.tablesById.get(id)?.table;

  const allObj = meta(ALLOBJ_ID);
  if (allObj !== undefined) {
    const build = rowBuilder(allObj);
    allObj.virtualRows = () =>
      catalogOf(host.program).objects.map((o) =>
        build({
          'Object Type': o.typeOrdinal,
          'Object ID': o.id,
          'Object Name': o.name,
          'App Package ID': o.app.packageId,
          'App Runtime Package ID': o.app.runtimePackageId,
          'AL Namespace': o.namespace,
        }),
      );
  }

  const withCaption = meta(ALLOBJWITHCAPTION_ID);
  if (withCaption !== undefined) {
    const build = rowBuilder(withCaption);
    withCaption.virtualRows = () =>
      catalogOf(host.program).objects.map((o) =>
        build({
          'Object Type': o.typeOrdinal,
          'Object ID': o.id,
          'Object Name': o.name,
          'Object Caption': o.caption,
          'Object Subtype': o.subtype,
          'App Package ID': o.app.packageId,
          'App Runtime Package ID': o.app.runtimePackageId,
          'App ID': o.app.id,
        }),
      );
  }

  const active = meta(ACTIVE_SESSION_ID);
  if (active !== undefined) {
    const build = rowBuilder(active);
    active.volatileRows = true;
    active.virtualRows = () =>
      host.liveSessionFacts().map((s) =>
        build({
          'User SID': s.userSid,
          'Server Instance ID': s.serverInstanceId,
          'Session ID': s.sessionId,
          'Server Instance Name': 'BC',
          'Server Computer Name': 'localhost',
          'User ID': s.userId,
          'Client Type': s.clientType,
          'Client Computer Name': 'localhost',
          'Login Datetime': ALDateTime.of(s.loginMs),
          'Database Name': 'AL runtime',
        }),
      );
  }

  const expanded = meta(EXPANDED_PERMISSION_ID);
  if (expanded !== undefined) {
    const build = rowBuilder(expanded);
    // Option "Read Permission" etc.: ' ' = 0, Yes = 1, Indirect = 2; our levels: 0 none, 1 indirect, 2 direct.
    const opt = (l: number): number => (l === 2 ? 1 : l === 1 ? 2 : 0);
    expanded.virtualRows = () => {
      const index = permissionSetsOf(catalogOf(host.program));
      const rows: unknown[][] = [];
      for (const def of index.sets.values()) {
        for (const p of index.expand(def.roleId).values()) {
          const type = PERMISSION_OBJECT_TYPE[p.type];
          if (type === undefined) continue;
          rows.push(
            build({
              'App ID': def.app.id,
              'Role ID': def.roleId,
              'Object Type': type,
              'Object ID': p.id,
              'Read Permission': opt(p.levels[0]),
              'Insert Permission': opt(p.levels[1]),
              'Modify Permission': opt(p.levels[2]),
              'Delete Permission': opt(p.levels[3]),
              'Execute Permission': opt(p.levels[4]),
            }),
          );
        }
      }
      return rows;
    };
  }
}
