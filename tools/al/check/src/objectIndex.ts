import type { ExtensionSymbol } from '../../symbols/src/extract';
import type { FieldSymbol, ObjectSymbol, ProcedureSymbol } from '../../symbols/src/model';

export interface IndexedObject {
  readonly symbol: ObjectSymbol;
  readonly app: string;
}

/** Every object an app can see (its own and its dependencies'), found by type and name or ID, case-insensitively. */
export class ObjectIndex {
  private readonly byName = new Map<string, IndexedObject>();
  private readonly byId = new Map<string, IndexedObject>();
  private readonly byQualifiedName = new Map<string, IndexedObject>();
  private readonly namespaceRoots = new Set<string>();
  /** Fields and procedures of an object by lower-case name, built on first use and dropped when an extension adds some. */
  private readonly fieldsByName = new WeakMap<object, Map<string, FieldSymbol>>();
  private readonly proceduresByName = new WeakMap<object, Map<string, ProcedureSymbol[]>>();

  /** Internal procedures of apps that do not list the checked app in internalsVisibleTo: known, but not callable. */
  private readonly hiddenInternals = new WeakSet<ProcedureSymbol>();

  hideInternal(procedure: ProcedureSymbol): void {
    this.hiddenInternals.add(procedure);
  }

  isHiddenInternal(procedure: ProcedureSymbol): boolean {
    return this.hiddenInternals.has(procedure);
  }

  add(symbol: ObjectSymbol, app: string): void {
    // An object moved between apps (e.g. "No. Series Line" from the Base Application to Business Foundation) is
    // declared twice, once obsolete: the live declaration wins.
    const existing = this.byName.get(`${symbol.type}:${symbol.name.toLowerCase()}`);
    if (existing && symbol.obsolete && !existing.symbol.obsolete) return;
    // Copy the lists an extension can grow, so merging never changes a shared symbol file in memory.
    const copy = { ...symbol } as ObjectSymbol;
    if ('fields' in copy) Object.assign(copy, { fields: [...copy.fields], keys: [...copy.keys] });
    if ('procedures' in copy) Object.assign(copy, { procedures: [...copy.procedures] });
    if ('values' in copy) Object.assign(copy, { values: [...copy.values] });
    if ('controls' in copy) Object.assign(copy, { controls: [...copy.controls] });
    const entry = { symbol: copy, app };
    this.byName.set(`${copy.type}:${copy.name.toLowerCase()}`, entry);
    if ('id' in copy && copy.id !== undefined) this.byId.set(`${copy.type}:${copy.id}`, entry);
    if (copy.namespace !== undefined) {
      this.byQualifiedName.set(`${copy.type}:${copy.namespace}.${copy.name}`.toLowerCase(), entry);
      this.namespaceRoots.add((copy.namespace.split('.')[0] ?? '').toLowerCase());
    }
  }

  /** Whether `name` is the first part of some namespace (as in `Database::Microsoft.Sales.Customer.Customer`). */
  isNamespaceRoot(name: string): boolean {
    return this.namespaceRoots.has(name.toLowerCase());
  }

  extend(extension: ExtensionSymbol): void {
    const type = extension.type === 'tableextension' ? 'table' : extension.type === 'enumextension' ? 'enum' : 'page';
    const target = this.byName.get(`${type}:${extension.target.toLowerCase()}`)?.symbol;
    if (!target) return;
    this.fieldsByName.delete(target);
    this.proceduresByName.delete(target);
    if (target.type === 'table') {
      target.fields.push(...extension.fields);
      target.procedures.push(...extension.procedures);
    } else if (target.type === 'enum') {
      target.values.push(...extension.values);
    } else if (target.type === 'page') {
      target.controls.push(...extension.controls);
      target.procedures.push(...extension.procedures);
    }
  }

  find(type: string, name: string): IndexedObject | undefined {
    return this.byName.get(`${type.toLowerCase()}:${name.toLowerCase()}`);
  }

  findById(type: string, id: number): IndexedObject | undefined {
    return this.byId.get(`${type.toLowerCase()}:${id}`);
  }

  /** Finds an object by the reference AL allows: its name, or its ID as text. */
  resolve(type: string, reference: string): IndexedObject | undefined {
    if (/^\d+$/.test(reference)) return this.findById(type, Number(reference));
    return this.find(type, reference) ?? this.byQualifiedName.get(`${type}:${reference}`.toLowerCase());
  }

  field(table: string, name: string): FieldSymbol | undefined {
    const symbol = this.find('table', table)?.symbol;
    if (!symbol || symbol.type !== 'table') return undefined;
    let byName = this.fieldsByName.get(symbol);
    if (!byName) {
      byName = new Map();
      for (const f of symbol.fields) if (!byName.has(f.name.toLowerCase())) byName.set(f.name.toLowerCase(), f);
      this.fieldsByName.set(symbol, byName);
    }
    return byName.get(name.toLowerCase());
  }

  /** An interface's procedures named `name`, including those of the interfaces it extends. */
  interfaceProcedures(interfaceName: string, name: string, seen = new Set<string>()): ProcedureSymbol[] {
    const symbol = this.resolve('interface', interfaceName)?.symbol;
    if (symbol?.type !== 'interface' || seen.has(symbol.name.toLowerCase())) return [];
    seen.add(symbol.name.toLowerCase());
    const own = this.procedures('interface', symbol.name, name);
    return [...own, ...(symbol.extends ?? []).flatMap((base) => this.interfaceProcedures(base, name, seen))];
  }

  procedures(type: string, objectName: string, name: string): ProcedureSymbol[] {
    const symbol = this.find(type, objectName)?.symbol;
    if (!symbol || !('procedures' in symbol)) return [];
    let byName = this.proceduresByName.get(symbol);
    if (!byName) {
      byName = new Map();
      for (const p of symbol.procedures) {
        const key = p.name.toLowerCase();
        const list = byName.get(key);
        if (list) list.push(p);
        else byName.set(key, [p]);
      }
      this.proceduresByName.set(symbol, byName);
    }
    return byName.get(name.toLowerCase()) ?? [];
  }
}
