import type { ObjectDeclaration } from '../../../syntax/src/ast';
import { AppInfo, appOfFile } from './apps';

/**
 * Every object of a loaded program with its app: the source of the AllObj/AllObjWithCaption tables and of name to
 * ID resolution in permission sets. Object types use AllObj's "Object Type" option ordinals.
 */
export const OBJECT_TYPE_ORDINAL: Readonly<Record<string, number>> = {
  table: 1,
  report: 3,
  codeunit: 5,
  xmlport: 6,
  page: 8,
  query: 9,
  pageextension: 14,
  tableextension: 15,
  enum: 16,
  enumextension: 17,
  profile: 18,
  profileextension: 19,
  permissionset: 20,
  permissionsetextension: 21,
  reportextension: 22,
};

export interface CatalogObject {
  /** Lower-case AL object type word. */
  readonly type: string;
  /** AllObj "Object Type" ordinal. */
  readonly typeOrdinal: number;
  readonly id: number;
  readonly name: string;
  readonly caption: string;
  readonly subtype: string;
  readonly namespace: string;
  readonly app: AppInfo;
  readonly decl: ObjectDeclaration;
}

export class ObjectCatalog {
  readonly objects: CatalogObject[] = [];
  private readonly byTypeName = new Map<string, CatalogObject>();
  private readonly byTypeId = new Map<string, CatalogObject>();

  constructor(files: readonly { readonly path: string; readonly node: { readonly objects: readonly ObjectDeclaration[]; readonly namespace?: { readonly name: { readonly text: string } } } }[]) {
    for (const f of files) {
      const app = appOfFile(f.path);
      const namespace = f.node.namespace?.name.text ?? '';
      for (const o of f.node.objects) {
        const ordinal = OBJECT_TYPE_ORDINAL[o.objectType];
        const name = o.name?.name;
        if (ordinal === undefined || name === undefined || o.id === undefined) continue;
        let caption = name;
        let subtype = '';
        for (const p of o.properties) {
          const pn = p.name.name.toLowerCase();
          if (pn === 'caption' && p.value.kind === 'LabelValue') caption = p.value.text;
          if (pn === 'subtype') subtype = p.raw.trim();
        }
        const obj: CatalogObject = { type: o.objectType, typeOrdinal: ordinal, id: o.id, name, caption, subtype, namespace, app, decl: o };
        // A later file of the same type and name (the caller's app) replaces a built-in, as the loader does.
        const prev = this.byTypeName.get(`${o.objectType}|${name.toLowerCase()}`);
        if (prev !== undefined) this.objects.splice(this.objects.indexOf(prev), 1);
        this.objects.push(obj);
        this.byTypeName.set(`${o.objectType}|${name.toLowerCase()}`, obj);
        this.byTypeId.set(`${o.objectType}|${o.id}`, obj);
      }
    }
  }

  byName(type: string, name: string): CatalogObject | undefined {
    return this.byTypeName.get(`${type}|${name.toLowerCase()}`);
  }

  byId(type: string, id: number): CatalogObject | undefined {
    return this.byTypeId.get(`${type}|${id}`);
  }
}

const cache = new WeakMap<object, ObjectCatalog>();

/** The catalogue of a program (built once per program). */
export function catalogOf(program: { readonly files: readonly { readonly path: string; readonly node: { readonly objects: readonly ObjectDeclaration[] } }[] }): ObjectCatalog {
  let c = cache.get(program);
  if (c === undefined) {
    c = new ObjectCatalog(program.files);
    cache.set(program, c);
  }
  return c;
}
