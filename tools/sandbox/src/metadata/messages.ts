import { fillTemplate } from '../../../common/src/template';

/** Message texts of the sandbox metadata builder, one table; `{0}`-style placeholders. */
export const MetadataMessages = {
  SBX0001: { severity: 'error', text: "The AL file '{0}' has a syntax error: {1}. Fix the file; its objects are skipped or partial." },
  SBX0002: { severity: 'error', text: "The page extension '{0}' extends the page '{1}', which is not in the loaded apps. Load the app that has it." },
  SBX0003: { severity: 'error', text: "The change '{0}({1})' in page extension '{2}' names no control or action '{1}' on page '{3}'. Use an existing name." },
  SBX0004: { severity: 'error', text: "The change '{0}({1})' in page extension '{2}' needs an area or group as anchor, but '{1}' is a {3}. Use addafter/addbefore, or a container." },
  SBX0005: { severity: 'error', text: "The page extension '{0}' adds '{1}', but page '{2}' already has a control or action with that name. Give it a unique name." },
  SBX0006: { severity: 'warning', text: "The change word '{0}' in page extension '{1}' is not supported by the sandbox metadata builder and was ignored." },
  SBX0007: { severity: 'error', text: "The app.json '{0}' could not be read: {1}. Fix the file." },
  SBX0008: { severity: 'error', text: "The page '{0}' ({1}) is defined more than once (also in '{2}'). Object names must be unique." },
  SBX0009: { severity: 'error', text: "The change '{0}({1})' in page extension '{2}' cannot anchor on an area. Use addfirst or addlast." },
} as const;

export type MetadataCode = keyof typeof MetadataMessages;

export function formatMessage(code: MetadataCode, args: readonly (string | number)[]): string {
  return fillTemplate(MetadataMessages[code].text, args);
}
