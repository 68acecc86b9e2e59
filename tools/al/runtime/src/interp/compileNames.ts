import type { Expression, Identifier } from '../../../syntax/src/ast';
import { Rec } from '../db/record';
import { ALType, EnumType, EnumValue, T } from '../values/types';
import { CE } from './frame';
import { CodeunitV } from './instances';
import type { Compiler } from './compile';
import { pageNameCE } from '../pages/compile';

// Names used as values: locals, globals, labels, fields, Rec/xRec, and `X::Y` options, enums and object ids.

export function compileIdentifier(c: Compiler, e: Identifier, used: boolean): CE {
  const n = e.name.toLowerCase();
  const loc = c.locals.get(n);
  if (loc !== undefined) {
    const slot = loc.slot;
    return { ev: (f) => f.locals[slot], type: loc.type };
  }
  const g = c.owner.globalByName.get(n);
  if (g !== undefined) {
    const slot = g.slot;
    if (g.label !== undefined) {
      const text = g.label;
      return { ev: () => text, type: T.Text };
    }
    if (c.owner.kind === 'table') {
      const s = c.s;
      const owner = c.owner;
      return { ev: (f) => s.tableGlobals(f.self as Rec, owner)[slot], type: g.type };
    }
    return { ev: (f) => (f.self as CodeunitV).globals[slot], type: g.type };
  }
  if (c.owner.kind === 'page') {
    const pc = pageNameCE(c, e.name);
    if (pc !== undefined) return pc;
  }
  const tm = c.table;
  if (tm !== undefined) {
    const fm = tm.field(e.name);
    if (fm !== undefined) {
      const slot = fm.slot;
      return { ev: (f) => (f.self as Rec).data[slot], type: fm.type };
    }
    if (n === 'rec') return { ev: (f) => f.self, type: { kind: 'Record', table: tm.name, temporary: false } };
    // Outside a trigger's call chain (a table procedure called from outside) xRec is the record as it is now.
    if (n === 'xrec') return { ev: (f) => f.xrec ?? (f.self as Rec).clone(), type: { kind: 'Record', table: tm.name, temporary: false } };
  }
  // a parameterless procedure or built-in called without parentheses
  return c.callByName(e, e.name, [], used);
}

export function compileScope(c: Compiler, e: Extract<Expression, { kind: 'ScopeExpression' }>, hint?: ALType): CE {
  const member = e.member.name;
  const obj = e.object;
  if (obj.kind === 'Identifier' || (obj.kind === 'ScopeExpression' && obj.object.kind === 'Identifier' && obj.object.name.toLowerCase() === 'enum')) {
    const name = obj.kind === 'Identifier' ? obj.name : obj.member.name;
    const ln = name.toLowerCase();
    if (obj.kind === 'Identifier' && ln === 'enum') {
      // Enum::"Name" used as a value for its static methods: Enum::"X".Names(), .Ordinals(), .FromInteger(n)
      const et = enumTypeNamed(c, member);
      if (et !== undefined) {
        const v = et.first();
        return { ev: () => v, type: { kind: 'Enum', enumType: et } };
      }
    }
    if (obj.kind === 'Identifier') {
      const objType = c.s.objectTypeId(ln, member);
      if (objType !== undefined) {
        const id = objType;
        return { ev: () => id, type: T.Integer };
      }
    }
    // a variable or field of Option/Enum type: Status::Open
    if (obj.kind === 'Identifier' && (c.locals.has(ln) || c.owner.globalByName.has(ln) || c.table?.field(name) !== undefined)) {
      const t = c.expr(obj, true).type;
      if (t !== undefined && (t.kind === 'Option' || t.kind === 'Enum')) return enumMember(c, t.enumType, member, e, t);
    }
    const et = enumTypeNamed(c, name);
    if (et !== undefined) return enumMember(c, et, member, e, { kind: 'Enum', enumType: et });
    if (hint !== undefined && (hint.kind === 'Option' || hint.kind === 'Enum')) return enumMember(c, hint.enumType, member, e, hint);
    return c.err(`unknown option or enum '${name}::${member}'`, e);
  }
  const o = c.expr(obj, true);
  if (o.type !== undefined && (o.type.kind === 'Option' || o.type.kind === 'Enum')) return enumMember(c, o.type.enumType, member, e, o.type);
  return c.err(`'::${member}' needs an option or enum on the left`, e);
}

function enumMember(c: Compiler, et: EnumType, member: string, node: { start: number }, type: ALType): CE {
  const m = et.byName.get(member.toLowerCase());
  if (m === undefined) return c.err(`${et.isOption ? 'option' : 'enum'} '${et.name}' has no member '${member}'`, node);
  const v = new EnumValue(et, m.ordinal);
  return { ev: () => v, type };
}

function enumTypeNamed(c: Compiler, name: string): EnumType | undefined {
  return c.s.program.enums.get(name.toLowerCase());
}
