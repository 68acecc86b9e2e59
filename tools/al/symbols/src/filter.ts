import type { ObjectSymbol, SymbolFile } from './model';

/** Every identifier-like name in AL text: quoted names and plain words, lower-cased. */
export function namesUsedIn(text: string): Set<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(/"((?:[^"\r\n]|"")+)"|([A-Za-z_][A-Za-z0-9_]*)/g)) {
    const name = match[1] !== undefined ? match[1].replace(/""/g, '"') : match[2];
    if (name !== undefined) names.add(name.toLowerCase());
  }
  return names;
}

const ReferencePattern = /\b(?:Record|Enum|Codeunit|Interface|Page|Report|Query|XmlPort)\s+("(?:[^"]|"")+"|[A-Za-z_][A-Za-z0-9_]*)/gi;

/** Object names that a symbol mentions in its types (field types, parameters, returns, implements, source table). */
function referencedNames(object: ObjectSymbol): string[] {
  const texts: string[] = [];
  if ('fields' in object) for (const f of object.fields) texts.push(f.type);
  if ('procedures' in object) for (const p of object.procedures) texts.push(...p.parameters.map((q) => q.type), p.returnType ?? '');
  const names: string[] = [];
  for (const text of texts) {
    for (const match of text.matchAll(ReferencePattern)) {
      const raw = match[1] ?? '';
      names.push((raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw).toLowerCase());
    }
  }
  if ('implements' in object && object.implements) names.push(...object.implements.map((n) => n.toLowerCase()));
  if (object.type === 'page' && object.sourceTable) names.push(object.sourceTable.replace(/^"|"$/g, '').toLowerCase());
  return names;
}

/**
 * Keeps the objects whose names the given sources use, plus the objects their signatures and fields mention
 * (to `depth` levels), so the committed model stays small but complete for the code that uses it.
 */
export function filterSymbols(symbols: SymbolFile, usedNames: ReadonlySet<string>, depth = 1): SymbolFile {
  const wanted = new Set<string>(usedNames);
  const all = symbols.apps.flatMap((a) => a.objects);
  let frontier = all.filter((o) => wanted.has(o.name.toLowerCase()));
  for (let level = 0; level < depth; level++) {
    const next: string[] = [];
    for (const object of frontier) for (const name of referencedNames(object)) if (!wanted.has(name)) next.push(name);
    for (const name of next) wanted.add(name);
    const nextSet = new Set(next);
    frontier = all.filter((o) => nextSet.has(o.name.toLowerCase()));
  }
  return {
    ...symbols,
    apps: symbols.apps.map((app) => ({ ...app, objects: app.objects.filter((o) => wanted.has(o.name.toLowerCase())) })),
  };
}
