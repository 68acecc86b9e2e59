import type { Severity } from '../../../common/src/diagnostic';
import { fillTemplate } from '../../../common/src/template';

/**
 * Every checker rule: its ID, default severity and message. IDs are the AL compiler's (ALxxxx) or its code
 * analyzers' (CodeCop AAxxxx, UICop AWxxxx, AppSourceCop ASxxxx, PerTenantExtensionCop PTExxxx) where the rule is
 * theirs, and BKIxxxx where it is ours. Placeholders are {0}, {1}, ...
 */
export const CheckRules = {
  // Resolution (AL compiler)
  AL0118: { severity: 'error', message: "The name '{0}' does not exist in the current context. Check the spelling, or declare it." },
  AL0132: { severity: 'error', message: "'{0}' does not contain a definition for '{1}'. Check the spelling against the object's fields and procedures." },
  AL0185: { severity: 'error', message: "{0} '{1}' is missing. Check the name, or add the app that defines it to the dependencies." },
  AL0126: { severity: 'error', message: "No overload for method '{0}' takes {1} arguments. It takes {2}." },
  AL0432: { severity: 'warning', message: "{0} '{1}' is marked for removal{2}. {3}" },
  AL0133: { severity: 'error', message: "Argument {0}: cannot convert from '{1}' to '{2}'." },
  AL0130: { severity: 'error', message: "A 'var' argument must be an assignable variable. Pass a variable or a field, not a value." },
  AL0122: { severity: 'error', message: "Cannot implicitly convert type '{0}' to '{1}'. Use an explicit conversion (Format, Evaluate, AsInteger...) or change the type." },
  AL0139: { severity: 'error', message: "Since '{0}' doesn't have a return value, EXIT cannot be called with a value. Declare a return type or call exit without a value." },
  AL0603: { severity: 'warning', message: "An implicit conversion is being performed from a value of type '{0}' to a value of type '{1}'. This conversion can lead to unexpected runtime issues. Convert explicitly (e.g. \"X\".FromInteger(Value.AsInteger()))." },
  AL0161: { severity: 'error', message: "'{0}' is inaccessible due to its protection level ({1}). Call a public procedure instead." },
  // Object rules
  BKI0100: { severity: 'error', message: "The ID {0} of {1} '{2}' is outside the app's ID ranges ({3}). Use an ID from app.json idRanges." },
  BKI0101: { severity: 'error', message: "{0} ID {1} is used by both '{2}' and '{3}'. Give each object its own ID." },
  BKI0102: { severity: 'error', message: "An object of type {0} named '{1}' is already declared. Object names must be unique per type." },
  BKI0103: { severity: 'error', message: "The name '{0}' is {1} characters long; object names may be at most 30." },
  BKI0104: { severity: 'error', message: "The app has no permission set that grants {0} on {1} '{2}'. Add it to a permission set (e.g. \"BKI - Objects\")." },
  BKI0105: { severity: 'error', message: "Field ID {0} is used twice in {1} '{2}' ('{3}' and '{4}')." },
  PTE0004: { severity: 'error', message: "Table '{0}' is missing a matching permission set: no permission set grants tabledata access to it." },
  // Table rules
  AS0016: { severity: 'error', message: "Field '{0}' must set DataClassification to a value other than ToBeClassified (on the field or the table)." },
  // Page rules
  AA0218: { severity: 'warning', message: "The ToolTip property for {0} '{1}' must be filled (on the page control or on the table field)." },
  BKI0110: { severity: 'error', message: "{0} '{1}' has no ApplicationArea, so users cannot see it. Set ApplicationArea on it or on the page." },
  AW0006: { severity: 'warning', message: "Page '{0}' ({1}) should set UsageCategory (and ApplicationArea) to be found in Tell Me; set UsageCategory = None if it should not be." },
  // Labels and user text
  AA0074: { severity: 'warning', message: "Label variable '{0}' should end with one of: Msg, Tok, Err, Qst, Lbl, Txt." },
  AA0470: { severity: 'warning', message: "Label '{0}' has placeholders; add a Comment that says what %1, %2... are." },
  AA0217: { severity: 'warning', message: "Use a label, not a text literal, as the format string of StrSubstNo, so it can be translated." },
  BKI0001: { severity: 'error', message: "{0} shows a hard-coded text to the user; use a label (e.g. a variable of type Label ending in Err/Msg/Qst)." },
  // Code rules
  AA0137: { severity: 'warning', message: "Variable '{0}' is declared but never used. Remove it." },
  BKI0002: { severity: 'warning', message: "Parameter '{0}' of {1} '{2}' is never used. Remove it or use it." },
  BKI0003: { severity: 'error', message: "Commit inside a loop: a failure after it leaves the loop half done. Isolate each iteration with Codeunit.Run, or write the reason in a comment on the line before." },
  AA0181: { severity: 'warning', message: "'{0}.{1}' is used without '{0}.Next()'. Use FindFirst/FindLast/IsEmpty when you do not loop." },
  BKI0004: { severity: 'error', message: "'{0}' holds a secret but is typed {1}. Use SecretText (and IsolatedStorage for storage)." },
  BKI0005: { severity: 'error', message: "Procedure '{0}' handles a secret ({1}) but is not marked [NonDebuggable]." },
  BKI0006: { severity: 'warning', message: "Parameter '{0}' is a record passed by value but {1} changes it; the caller will not see the change. Declare it var." },
  BKI0008: { severity: 'error', message: "{0} '{1}' has no event '{2}' that other apps can subscribe to. Check the event name and the publisher." },
  BKI0009: { severity: 'error', message: "{0} '{1}' is in namespace {2}, which this file does not import. Add 'using {2};'." },
  BKI0007: { severity: 'error', message: "Table field '{0}' would store a secret in the database. Keep secrets in IsolatedStorage as SecretText." },
} as const satisfies Record<string, { severity: Severity; message: string }>;

export type CheckCode = keyof typeof CheckRules;

export function checkMessage(code: CheckCode, ...args: ReadonlyArray<string | number>): string {
  return fillTemplate(CheckRules[code].message, args);
}
