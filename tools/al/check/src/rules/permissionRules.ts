import { findProperty } from '../../../symbols/src/astText';
import type { ObjectDeclaration } from '../../../syntax/src';
import type { Rule } from '../context';

/** The permission kinds an object needs to be usable: table data for tables, execute for everything runnable. */
const NeededPermission: Record<string, string> = {
  table: 'table', codeunit: 'codeunit', page: 'page', report: 'report', query: 'query', xmlport: 'xmlport',
};

function grants(decl: ObjectDeclaration): { type: string; object: string }[] {
  const entries: { type: string; object: string }[] = [];
  const property = findProperty(decl.properties, 'Permissions');
  if (property?.value.kind !== 'PermissionsValue') return entries;
  for (const entry of property.value.entries) entries.push({ type: entry.objectType.toLowerCase(), object: entry.object.name.toLowerCase() });
  return entries;
}

/**
 * PTE0004 / BKI0104: the app's permission sets (together) grant table data access to each of its tables and
 * execute access to each table, codeunit, page, report, query and xmlport. Objects may be named or numbered.
 */
export const permissionCoverageRule: Rule = (context) => {
  if (context.isTestApp) return;
  const granted = new Set<string>();
  for (const { decl } of context.program.own) {
    if (decl.objectType !== 'permissionset' && decl.objectType !== 'permissionsetextension') continue;
    for (const g of grants(decl)) granted.add(`${g.type}:${g.object}`);
  }
  for (const { decl, unit } of context.program.own) {
    const kind = NeededPermission[decl.objectType];
    const name = decl.name?.name;
    if (kind === undefined || name === undefined) continue;
    // Obsolete objects are on their way out; permission sets need not (and should not) grow for them.
    if (decl.properties.some((p) => p.name.name.toLowerCase() === 'obsoletestate')) continue;
    if (decl.objectType === 'table') {
      const temporary = decl.properties.some((p) => p.name.name.toLowerCase() === 'tabletype' && p.raw.trim().toLowerCase() === 'temporary');
      if (!temporary && !granted.has(`tabledata:${name.toLowerCase()}`) && !granted.has(`tabledata:${decl.id ?? ''}`)) {
        context.report('PTE0004', unit, decl.name?.start ?? decl.start, name);
      }
    }
    if (!granted.has(`${kind}:${name.toLowerCase()}`) && !granted.has(`${kind}:${decl.id ?? ''}`)) {
      context.report('BKI0104', unit, decl.name?.start ?? decl.start, 'execute (X)', decl.objectType, name);
    }
  }
};
