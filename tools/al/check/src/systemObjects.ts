/**
 * Platform (system) tables and codeunits: they are defined by the BC server, not in any app's AL source, so the
 * symbol model generated from BCApps does not list them. Lower-case names. Facts from Microsoft Learn ("System
 * tables") and their use across BCApps.
 */
export const SystemTables: ReadonlySet<string> = new Set(`
access control|language selection|odata edm type|table synch. setup|metadata permission set rel.|xmlport metadata|tenant report layout override|report settings override|performance profiles|performance profile scheduler|object access intent override|isolated storage|api web service|agent|agent task|table relations metadata|tenant report layout|tenant report layout cfg|tenant report layout selection|api webhook entity|chart|entity text|signup context|media resources|expanded permission|active session|aggregate permission set|all profile|allobj|allobjwithcaption|api webhook notification|
api webhook notification aggr|api webhook subscription|application object metadata|application resource|codeunit metadata|
company|company information|data sensitivity|database locks|date|designed query|document service|document service scenario|
entitlement|entitlement set|event subscription|external event notification|external event subscription|feature key|field|
installed application|integer|intelligent cloud|intelligent cloud status|key|license information|license permission|
media|media set|membership entitlement|metadata permission|metadata permission set|nav app installed app|
nav app object metadata|nav app setting|nav app tenant add-in|nav app tenant operation|object|object options|
page action|page control field|page data personalization|page documentation|page metadata|permission|permission range|
permission set|permission set link|plan|printer|profile|profile configuration symbols|profile metadata|
published application|query metadata|record link|report layout|report layout definition|report layout list|
report metadata|scheduled task|server instance|session|session event|session information|style sheet|
system object|table information|table metadata|tenant license state|tenant media|tenant media set|
tenant media thumbnails|tenant permission|tenant permission set|tenant permission set rel.|tenant profile|
tenant profile extension|tenant profile page metadata|tenant profile setting|tenant web service|
tenant web service columns|tenant web service filter|tenant web service odatav4 filter|time zone|token cache|
user|user default style sheet|user group plan|user metadata|user page metadata|user personalization|user plan|
user property|web service|webhook notification|webhook subscription|windows language|upgrade tags|
add-in|chart definition|code coverage|debugger breakpoint|debugger call stack|debugger variable|debugger watch|
dataverse entity change|inplace installed application|web service aggregate|nav app|user selection|
profile page metadata|page table field|table field types|ml prediction parameters|sent notification entry|
`.split('|').map((s) => s.trim()).filter((s) => s.length > 0));

/** Platform codeunits. Lower-case names. */
export const SystemCodeunits: ReadonlySet<string> = new Set(['global triggers', 'system action triggers', 'reporting triggers', 'company triggers', 'system initialization', 'user login time tracker']);

/** Fields of the system tables that code most often reads (Integer and Date are common report data items). */
export const SystemTableFields: ReadonlyMap<string, readonly string[]> = new Map([
  ['integer', ['Number']],
  ['date', ['Period Type', 'Period Start', 'Period End', 'Period No.', 'Period Name']],
]);

/** Platform enums (defined by the server, not in AL source). Lower-case names. */
export const SystemEnums: ReadonlySet<string> = new Set(['entity text scenario', 'report layout subtype', 'report layout status']);

/** Whether an object the symbol model does not list is one the platform provides. */
export function isSystemObject(objectType: string, name: string): boolean {
  // A qualified reference (System.Utilities.Date) names a system object by its last part.
  const parts = name.split('.');
  for (let i = 1; i < parts.length; i++) if (isSystemObject(objectType, parts.slice(i).join('.'))) return true;
  const lower = name.toLowerCase();
  if (objectType === 'table') return SystemTables.has(lower);
  if (objectType === 'enum') return SystemEnums.has(lower);
  if (objectType === 'codeunit') return SystemCodeunits.has(lower);
  return false;
}
