import type {
  Attribute,
  Control,
  Expression,
  ObjectDeclaration,
  Parameter,
  ProcedureDeclaration,
  Property,
  SourceFileNode,
  TriggerDeclaration,
  TypeReference,
  VarSection,
} from '../../../syntax/src/ast';
import { positionOf } from '../../../syntax/src/position';
import { ALError } from '../errors';
import { FieldMeta, KeyMeta, TableMeta } from '../db/meta';
import { Dec } from '../values/decimal';
import { evaluateText } from '../values/format';
import { coerce } from '../values/ops';
import { ALType, EnumType, T } from '../values/types';
import { HTTP_REQUEST_TYPE } from './testHttp';
import { ACTION_TYPE, pageALType } from '../pages/types';

/**
 * The loaded program: every object of every file, indexed by name and ID, with declared types resolved. Procedure
 * bodies are compiled lazily on first call (compile.ts), so a construct the runtime lacks only fails when it runs.
 */
export interface FileInfo {
  readonly path: string;
  readonly node: SourceFileNode;
}

export interface VarInfo {
  readonly name: string;
  readonly type: ALType;
  readonly slot: number;
  /** Label text for Label/TextConst variables. */
  readonly label?: string;
}

export interface ParamInfo {
  readonly name: string;
  readonly type: ALType;
  readonly byRef: boolean;
}

export type ProcNode = ProcedureDeclaration | TriggerDeclaration;

export interface ProcInfo {
  readonly name: string;
  readonly owner: ObjInfo;
  readonly node: ProcNode;
  readonly file: FileInfo;
  readonly params: ParamInfo[];
  readonly returnType?: ALType;
  readonly attributes: readonly Attribute[];
  readonly isTry: boolean;
  readonly local: boolean;
  /** For field triggers: the field. */
  readonly field?: FieldMeta;
  compiled?: (self: unknown, args: unknown[], xRec?: unknown) => unknown;
}

export interface ObjInfo {
  readonly kind: 'codeunit' | 'table' | 'interface' | 'page';
  readonly name: string;
  readonly id: number;
  readonly decl: ObjectDeclaration;
  readonly file: FileInfo;
  readonly globals: VarInfo[];
  readonly globalByName: Map<string, VarInfo>;
  readonly procs: Map<string, ProcInfo[]>;
  readonly triggers: Map<string, ProcInfo>;
  readonly props: Map<string, Property>;
  readonly table?: TableMeta;
  /** Interfaces a codeunit implements (lower case). */
  readonly implements: Set<string>;
}

export class LoadError extends Error {}

export class Program {
  readonly files: FileInfo[] = [];
  readonly tables = new Map<string, ObjInfo>();
  readonly tablesById = new Map<number, ObjInfo>();
  readonly codeunits = new Map<string, ObjInfo>();
  readonly codeunitsById = new Map<number, ObjInfo>();
  readonly interfaces = new Map<string, ObjInfo>();
  /** Pages by name and ID (page extensions add their globals, procedures and triggers to their base page). */
  readonly pages = new Map<string, ObjInfo>();
  readonly pagesById = new Map<number, ObjInfo>();
  readonly enums = new Map<string, EnumType>();
  readonly enumsById = new Map<number, EnumType>();
  readonly diagnostics: string[] = [];

  constructor(files: readonly FileInfo[]) {
    this.files.push(...files);
    const all: { o: ObjectDeclaration; f: FileInfo }[] = [];
    for (const f of files) for (const o of f.node.objects) all.push({ o, f });
    // 0. system enums (AL code may not redefine them, but loaded objects win if it does)
    for (const [k, v] of systemEnums()) this.enums.set(k, v);
    // 1. enums (extensions after their base)
    for (const { o } of all) if (o.objectType === 'enum') this.addEnum(o);
    for (const { o } of all) if (o.objectType === 'enumextension') this.extendEnum(o);
    // 2. object shells
    for (const { o, f } of all) {
      const name = o.name?.name;
      if (name === undefined) continue;
      if (o.objectType === 'table') {
        const info = this.shell('table', o, f, new TableMeta(o.id ?? 0, name));
        this.tables.set(name.toLowerCase(), info);
        this.tablesById.set(info.id, info);
      } else if (o.objectType === 'codeunit') {
        const info = this.shell('codeunit', o, f);
        this.codeunits.set(name.toLowerCase(), info);
        this.codeunitsById.set(info.id, info);
      } else if (o.objectType === 'interface') {
        const info = this.shell('interface', o, f);
        this.interfaces.set(name.toLowerCase(), info);
      } else if (o.objectType === 'page') {
        const info = this.shell('page', o, f);
        this.pages.set(name.toLowerCase(), info);
        this.pagesById.set(info.id, info);
      }
    }
    // 3. table fields and keys (base tables, then extensions)
    for (const t of this.tables.values()) this.buildTable(t, t.decl, t.file);
    for (const { o, f } of all) {
      if (o.objectType !== 'tableextension') continue;
      const base = this.tables.get((o.extends?.name ?? '').toLowerCase());
      if (base === undefined) {
        this.diagnostics.push(`${f.path}: table extension ${o.name?.name ?? '?'} extends unknown table '${o.extends?.name ?? ''}' (ignored).`);
        continue;
      }
      this.buildTable(base, o, f);
    }
    // 3b. system fields every table has (Microsoft Learn, "System fields")
    for (const t of this.tables.values()) if (t.table !== undefined) addSystemFields(t.table);
    // 4. globals and procedures
    for (const info of [...this.tables.values(), ...this.codeunits.values(), ...this.interfaces.values()]) this.buildMembers(info, info.decl, info.file);
    for (const info of this.pages.values()) this.buildPageMembers(info, all);
  }

  /**
   * Page members: globals, procedures and triggers of the page and of its page extensions (in load order), plus
   * control and action triggers keyed `ctl:<control>::<trigger>` (extension ones get a `:ext<n>` suffix so both run).
   */
  private buildPageMembers(info: ObjInfo, all: readonly { o: ObjectDeclaration; f: FileInfo }[]): void {
    const addControls = (controls: readonly Control[], f: FileInfo, suffix: string): void => {
      for (const c of controls) {
        const cn = c.name?.name.toLowerCase();
        if (cn !== undefined) for (const t of c.triggers) info.triggers.set(`ctl:${cn}::${t.name.name.toLowerCase()}${suffix}`, this.procInfo(info, t, f, undefined));
        addControls(c.controls, f, suffix);
      }
    };
    const addSections = (o: ObjectDeclaration, f: FileInfo, suffix: string): void => {
      for (const s of o.sections) if (s.name === 'layout' || s.name === 'actions') addControls(s.items.filter((i): i is Control => i.kind === 'Control'), f, suffix);
    };
    this.buildMembers(info, info.decl, info.file);
    addSections(info.decl, info.file, '');
    let n = 0;
    for (const { o, f } of all) {
      if (o.objectType !== 'pageextension' || (o.extends?.name ?? '').toLowerCase() !== info.name.toLowerCase()) continue;
      n++;
      this.addVars(o.variables, f, info.globals, info.globalByName);
      for (const p of o.procedures) this.addProc(info, p, f, undefined);
      for (const t of o.triggers) info.triggers.set(`ext:${t.name.name.toLowerCase()}:${n}`, this.procInfo(info, t, f, undefined));
      addSections(o, f, `:ext${n}`);
    }
  }

  private shell(kind: ObjInfo['kind'], o: ObjectDeclaration, f: FileInfo, table?: TableMeta): ObjInfo {
    const props = new Map<string, Property>();
    for (const p of o.properties) props.set(p.name.name.toLowerCase(), p);
    const base = {
      kind,
      name: o.name?.name ?? '',
      id: o.id ?? 0,
      decl: o,
      file: f,
      globals: [],
      globalByName: new Map<string, VarInfo>(),
      procs: new Map<string, ProcInfo[]>(),
      triggers: new Map<string, ProcInfo>(),
      props,
      implements: new Set(o.implements.map((i) => i.name.toLowerCase())),
    };
    return table === undefined ? base : { ...base, table };
  }

  private addEnum(o: ObjectDeclaration): void {
    const name = o.name?.name ?? '';
    const t = new EnumType(name, false, o.id ?? 0);
    for (const p of o.properties) {
      const pn = p.name.name.toLowerCase();
      if (pn === 'defaultimplementation' || pn === 'unknownvalueimplementation') {
        if (p.value.kind === 'ImplementationValue') {
          for (const e of p.value.entries) (pn === 'defaultimplementation' ? t.defaultImplementations : t.unknownImplementations).set(e.interfaceName.name.toLowerCase(), e.implementation.name);
        }
      }
    }
    this.addEnumValues(t, o);
    this.enums.set(name.toLowerCase(), t);
    if (o.id !== undefined) this.enumsById.set(o.id, t);
  }

  private addEnumValues(t: EnumType, o: ObjectDeclaration): void {
    for (const v of o.values) {
      const impl = new Map<string, string>();
      let caption = v.name.name;
      for (const p of v.properties) {
        const pn = p.name.name.toLowerCase();
        if (pn === 'caption' && p.value.kind === 'LabelValue') caption = p.value.text;
        if (pn === 'implementation' && p.value.kind === 'ImplementationValue') for (const e of p.value.entries) impl.set(e.interfaceName.name.toLowerCase(), e.implementation.name);
      }
      t.add({ ordinal: v.id, name: v.name.name, caption, implementations: impl });
    }
  }

  private extendEnum(o: ObjectDeclaration): void {
    const t = this.enums.get((o.extends?.name ?? '').toLowerCase());
    if (t === undefined) return;
    this.addEnumValues(t, o);
  }

  private buildTable(info: ObjInfo, o: ObjectDeclaration, f: FileInfo): void {
    const meta = info.table;
    if (meta === undefined) return;
    for (const p of o.properties) {
      const pn = p.name.name.toLowerCase();
      if (pn === 'caption' && p.value.kind === 'LabelValue' && o.objectType === 'table') meta.caption = p.value.text;
      if (pn === 'tabletype' && /temporary/i.test(p.raw)) meta.temporaryOnly = true;
    }
    const keys: { name: string; fields: string[]; sift: string[] }[] = [];
    for (const s of o.sections) {
      if (s.name === 'fields') {
        for (const item of s.items) {
          if (item.kind !== 'TableField') continue;
          const props = new Map<string, Property>();
          for (const p of item.properties) props.set(p.name.name.toLowerCase(), p);
          let type = this.resolveType(item.type, f, item.name.name);
          const optionMembers = props.get('optionmembers');
          if (type.kind === 'Option' && optionMembers?.value.kind === 'OptionMembersValue') {
            const et = EnumType.ofOption(item.name.name, optionMembers.value.members);
            const oc = props.get('optioncaption');
            if (oc?.value.kind === 'LabelValue') {
              const caps = oc.value.text.split(',');
              et.members.forEach((m, i) => {
                const c = caps[i];
                if (c !== undefined) (m as { caption: string }).caption = c;
              });
            }
            type = { kind: 'Option', enumType: et };
          }
          const fc = props.get('fieldclass')?.raw.trim().toLowerCase();
          const caption = props.get('caption');
          const cf = props.get('calcformula');
          const tr = props.get('tablerelation');
          const field = meta.addField({
            no: item.id,
            name: item.name.name,
            caption: caption?.value.kind === 'LabelValue' ? caption.value.text : item.name.name,
            type,
            fieldClass: fc === 'flowfield' ? 'FlowField' : fc === 'flowfilter' ? 'FlowFilter' : 'Normal',
            autoIncrement: /true/i.test(props.get('autoincrement')?.raw ?? ''),
            notBlank: /true/i.test(props.get('notblank')?.raw ?? ''),
            validateTableRelation: !/false/i.test(props.get('validatetablerelation')?.raw ?? 'true'),
            ...(cf?.value.kind === 'CalcFormulaValue' ? { calcFormula: cf.value } : {}),
            ...(tr?.value.kind === 'TableRelationValue' ? { tableRelation: tr.value } : {}),
          });
          const iv = props.get('initvalue');
          if (iv !== undefined) field.initValue = this.initValue(iv.raw, type);
        }
      } else if (s.name === 'keys') {
        for (const item of s.items) {
          if (item.kind !== 'Key') continue;
          const sift = item.properties.find((p) => p.name.name.toLowerCase() === 'sumindexfields');
          keys.push({ name: item.name.name, fields: item.fields.map((x) => x.name), sift: sift?.raw.split(',').map((x) => x.trim().replace(/^"|"$/g, '')) ?? [] });
        }
      }
    }
    for (const k of keys) {
      const slots: number[] = [];
      for (const n of k.fields) {
        const fm = meta.field(n);
        if (fm === undefined) this.diagnostics.push(`${f.path}: key ${k.name} of table ${meta.name} names unknown field '${n}' (ignored).`);
        else slots.push(fm.slot);
      }
      const km: KeyMeta = { name: k.name, slots, sumIndexFields: k.sift.map((n) => meta.field(n)?.slot ?? -1).filter((x) => x >= 0) };
      meta.keys.push(km);
    }
  }

  private initValue(raw: string, type: ALType): unknown {
    let text = raw.trim();
    if (text.startsWith("'") && text.endsWith("'")) text = text.slice(1, -1).replace(/''/g, "'");
    if (type.kind === 'Option' || type.kind === 'Enum') {
      const m = type.enumType.byName.get(text.replace(/^"|"$/g, '').toLowerCase());
      if (m !== undefined) return coerce(m.ordinal, type);
    }
    if (type.kind === 'Decimal') return Dec.parse(text) ?? Dec.ZERO;
    if (type.kind === 'Date' && /^\d+D$/i.test(text)) return undefined;
    if (type.kind === 'Boolean') return /^true$/i.test(text);
    const v = evaluateText(text, type, 9);
    return v === undefined ? undefined : coerce(v, type);
  }

  private buildMembers(info: ObjInfo, o: ObjectDeclaration, f: FileInfo): void {
    this.addVars(o.variables, f, info.globals, info.globalByName);
    for (const p of o.procedures) this.addProc(info, p, f, undefined);
    for (const t of o.triggers) {
      const pi = this.procInfo(info, t, f, undefined);
      info.triggers.set(t.name.name.toLowerCase(), pi);
    }
    if (info.table !== undefined) {
      for (const s of o.sections) {
        if (s.name !== 'fields') continue;
        for (const item of s.items) {
          if (item.kind !== 'TableField') continue;
          const fm = info.table.field(item.name.name);
          for (const t of item.triggers) {
            const pi = this.procInfo(info, t, f, fm);
            info.triggers.set(`${item.name.name.toLowerCase()}::${t.name.name.toLowerCase()}`, pi);
          }
        }
      }
    }
    // table extensions contribute procedures, globals and field triggers
    if (info.kind === 'table') {
      for (const other of this.files) {
        for (const ext of other.node.objects) {
          if (ext.objectType !== 'tableextension' || (ext.extends?.name ?? '').toLowerCase() !== info.name.toLowerCase() || ext === o) continue;
          this.addVars(ext.variables, other, info.globals, info.globalByName);
          for (const p of ext.procedures) this.addProc(info, p, other, undefined);
          for (const t of ext.triggers) info.triggers.set(`ext:${t.name.name.toLowerCase()}:${info.triggers.size}`, this.procInfo(info, t, other, undefined));
          for (const s of ext.sections) {
            if (s.name !== 'fields') continue;
            for (const item of s.items) {
              if (item.kind !== 'TableField') continue;
              const fm = info.table?.field(item.name.name);
              for (const t of item.triggers) info.triggers.set(`${item.name.name.toLowerCase()}::${t.name.name.toLowerCase()}`, this.procInfo(info, t, other, fm));
            }
          }
        }
      }
    }
  }

  addVars(sections: readonly VarSection[], f: FileInfo, out: VarInfo[], byName: Map<string, VarInfo>): void {
    for (const s of sections) {
      for (const v of s.variables) {
        const type = this.resolveType(v.type, f, v.name.name);
        const vi: VarInfo = { name: v.name.name, type, slot: out.length, ...(v.type.label !== undefined ? { label: v.type.label.text } : {}) };
        out.push(vi);
        byName.set(v.name.name.toLowerCase(), vi);
      }
    }
  }

  private addProc(info: ObjInfo, p: ProcedureDeclaration, f: FileInfo, field: FieldMeta | undefined): void {
    const pi = this.procInfo(info, p, f, field);
    const key = p.name.name.toLowerCase();
    const list = info.procs.get(key);
    if (list === undefined) info.procs.set(key, [pi]);
    else list.push(pi);
  }

  private procInfo(info: ObjInfo, p: ProcNode, f: FileInfo, field: FieldMeta | undefined): ProcInfo {
    const attributes = p.kind === 'ProcedureDeclaration' ? p.attributes : [];
    const params = p.parameters.map((x: Parameter) => ({ name: x.name.name, type: this.resolveType(x.type, f, x.name.name), byRef: x.byRef }));
    const returnType = p.returnType === undefined ? undefined : this.resolveType(p.returnType, f, p.name.name);
    return {
      name: p.name.name,
      owner: info,
      node: p,
      file: f,
      params,
      ...(returnType !== undefined ? { returnType } : {}),
      attributes,
      isTry: attributes.some((a) => a.name.name.toLowerCase() === 'tryfunction'),
      local: p.kind === 'ProcedureDeclaration' && p.access === 'local',
      ...(field !== undefined ? { field } : {}),
    };
  }

  /** Resolves a written type to an ALType (unknown object names become errors at use, not at load). */
  resolveType(t: TypeReference, f: FileInfo, what: string): ALType {
    const base = this.resolveBase(t, f, what);
    if (t.arrayDimensions.length > 0) {
      const dims = t.arrayDimensions.map((d) => constInt(d) ?? 1);
      return { kind: 'Array', elem: base, dims };
    }
    return base;
  }

  private resolveBase(t: TypeReference, f: FileInfo, what: string): ALType {
    const n = t.name.toLowerCase();
    const len = t.length === undefined ? undefined : constInt(t.length);
    switch (n) {
      case 'integer':
        return T.Integer;
      case 'biginteger':
        return T.BigInteger;
      case 'decimal':
        return T.Decimal;
      case 'boolean':
        return T.Boolean;
      case 'secrettext':
        return T.SecretText;
      case 'blob':
        return { kind: 'Blob' };
      case 'text':
      case 'bigtext':
        return len === undefined ? T.Text : { kind: 'Text', length: len };
      case 'code':
        return len === undefined ? T.Code : { kind: 'Code', length: len };
      case 'label':
      case 'textconst':
        return T.Text;
      case 'char':
        return T.Char;
      case 'byte':
        return { kind: 'Byte' };
      case 'date':
        return T.Date;
      case 'time':
        return T.Time;
      case 'datetime':
        return T.DateTime;
      case 'duration':
        return T.Duration;
      case 'dateformula':
        return T.DateFormula;
      case 'guid':
        return T.Guid;
      case 'option':
        return { kind: 'Option', enumType: EnumType.ofOption(what, t.optionMembers ?? []) };
      case 'enum': {
        const e = this.enums.get((t.subtype?.name ?? '').toLowerCase());
        if (e === undefined) {
          this.diagnostics.push(`${f.path}(${positionOf(f.node, t.start).line}): unknown enum '${t.subtype?.name ?? ''}'.`);
          return { kind: 'Enum', enumType: new EnumType(t.subtype?.name ?? '?', false) };
        }
        return { kind: 'Enum', enumType: e };
      }
      case 'record':
        return { kind: 'Record', table: t.subtype?.name ?? '', temporary: t.temporary };
      case 'codeunit':
        return { kind: 'Codeunit', name: t.subtype?.name ?? '' };
      case 'interface':
        return { kind: 'Interface', name: t.subtype?.name ?? '' };
      case 'list':
        return { kind: 'List', elem: t.typeArguments[0] === undefined ? T.Variant : this.resolveType(t.typeArguments[0], f, what) };
      case 'dictionary':
        return {
          kind: 'Dictionary',
          key: t.typeArguments[0] === undefined ? T.Variant : this.resolveType(t.typeArguments[0], f, what),
          value: t.typeArguments[1] === undefined ? T.Variant : this.resolveType(t.typeArguments[1], f, what),
        };
      case 'textbuilder':
        return T.TextBuilder;
      case 'variant':
      case 'joker':
        return T.Variant;
      case 'recordid':
        return T.RecordId;
      case 'errorinfo':
        return T.ErrorInfo;
      case 'page':
        return pageALType('Page', t.subtype?.name ?? '');
      case 'testpage':
        return pageALType('TestPage', t.subtype?.name ?? '');
      case 'notification':
        return pageALType('Notification', '');
      default:
        // Interface names used directly as a type ("Interface X" is written as the name in some AL).
        if (this.interfaces.has(n)) return { kind: 'Interface', name: t.name };
        return { kind: 'Other', name: t.name };
    }
  }

  table(name: string): ObjInfo | undefined {
    return this.tables.get(name.toLowerCase());
  }
}

export const SYSTEM_FIELD_IDS = { SystemId: 2000000000, SystemCreatedAt: 2000000001, SystemCreatedBy: 2000000002, SystemModifiedAt: 2000000003, SystemModifiedBy: 2000000004 } as const;

function addSystemFields(meta: TableMeta): void {
  const base = { fieldClass: 'Normal' as const, autoIncrement: false, notBlank: false, validateTableRelation: false };
  const add = (name: keyof typeof SYSTEM_FIELD_IDS, type: ALType): void => {
    if (meta.field(name) === undefined) meta.addField({ ...base, no: SYSTEM_FIELD_IDS[name], name, caption: name, type });
  };
  add('SystemId', T.Guid);
  add('SystemCreatedAt', T.DateTime);
  add('SystemCreatedBy', T.Guid);
  add('SystemModifiedAt', T.DateTime);
  add('SystemModifiedBy', T.Guid);
}

/** System enums and options AL code names with `Type::Value` (Microsoft Learn, "ObjectType Option Type" etc.). */
export function systemEnums(): Map<string, EnumType> {
  const m = new Map<string, EnumType>();
  const add = (name: string, members: [number, string][]): void => {
    const t = new EnumType(name, true);
    for (const [ordinal, n] of members) t.add({ ordinal, name: n, caption: n, implementations: new Map() });
    m.set(name.toLowerCase(), t);
  };
  add('ObjectType', [[0, 'TableData'], [1, 'Table'], [3, 'Report'], [5, 'Codeunit'], [6, 'XMLport'], [7, 'MenuSuite'], [8, 'Page'], [9, 'Query'], [10, 'System'], [11, 'FieldNumber'], [14, 'PageExtension'], [15, 'TableExtension'], [16, 'Enum'], [17, 'EnumExtension'], [19, 'Interface']]);
  add('Verbosity', [[0, 'Critical'], [1, 'Error'], [2, 'Warning'], [3, 'Normal'], [4, 'Verbose']]);
  add('DataClassification', [[0, 'CustomerContent'], [1, 'ToBeClassified'], [2, 'EndUserIdentifiableInformation'], [3, 'AccountData'], [4, 'EndUserPseudonymousIdentifiers'], [5, 'OrganizationIdentifiableInformation'], [6, 'SystemMetadata']]);
  add('TelemetryScope', [[0, 'ExtensionPublisher'], [1, 'All']]);
  add('ErrorType', [[0, 'Client'], [1, 'Internal']]);
  add('DataScope', [[0, 'Module'], [1, 'User'], [2, 'Company'], [3, 'CompanyAndUser']]);
  add('ClientType', [[0, 'Windows'], [1, 'SOAP'], [2, 'OData'], [3, 'NAS'], [4, 'Background'], [5, 'Management'], [6, 'Web'], [7, 'ChildSession'], [8, 'Tablet'], [9, 'Phone'], [10, 'Desktop'], [11, 'ODataV4'], [12, 'Api'], [13, 'Teams']]);
  add('TransactionModel', [[0, 'AutoCommit'], [1, 'AutoRollback'], [2, 'None']]);
  add('IsolationLevel', [[0, 'Default'], [1, 'ReadUncommitted'], [2, 'ReadCommitted'], [3, 'RepeatableRead'], [4, 'UpdLock']]);
  add('ExecutionContext', [[0, 'Normal'], [1, 'Install'], [2, 'Upgrade']]);
  add('CommitBehavior', [[0, 'Ignore'], [1, 'Error']]);
  add('NotificationScope', [[0, 'LocalScope'], [1, 'GlobalScope']]);
  add('TestPermissions', [[0, 'Disabled'], [1, 'Restrictive'], [2, 'NonRestrictive'], [3, 'InheritFromTestCodeunit']]);
  add('FieldClass', [[0, 'Normal'], [1, 'FlowField'], [2, 'FlowFilter']]);
  add('SecurityFilter', [[0, 'Ignored'], [1, 'Filtered'], [2, 'Validated'], [3, 'Disallowed']]);
  add('TextEncoding', [[0, 'MSDos'], [1, 'UTF8'], [2, 'UTF16'], [3, 'Windows']]);
  add('FieldType', [[0, 'TableFilter'], [1, 'RecordID'], [2, 'OemText'], [3, 'Date'], [4, 'Time'], [5, 'DateFormula'], [6, 'Decimal'], [7, 'Text'], [8, 'Code'], [9, 'Binary'], [10, 'BLOB'], [11, 'Boolean'], [12, 'Integer'], [13, 'OemCode'], [14, 'Option'], [15, 'BigInteger'], [16, 'Duration'], [17, 'GUID'], [18, 'DateTime'], [19, 'Media'], [20, 'MediaSet']]);
  m.set('httprequesttype', HTTP_REQUEST_TYPE);
  m.set('action', ACTION_TYPE);
  return m;
}

function constInt(e: Expression): number | undefined {
  if (e.kind === 'Literal' && typeof e.value === 'number') return e.value;
  if (e.kind === 'ParenthesizedExpression') return constInt(e.expression);
  return undefined;
}

export function lineOf(f: FileInfo, offset: number): number {
  return positionOf(f.node, offset).line;
}

export function isALError(e: unknown): e is ALError {
  return e instanceof ALError;
}
