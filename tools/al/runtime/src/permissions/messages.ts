/** Message texts of the permission checks (BC's wording where BC has one, so tests can match on it). */
export const PERMISSION_MESSAGES = {
  denied: (tableId: number, caption: string, op: string, app: string): string =>
    `Sorry, the current permissions prevented the action. (TableData ${tableId} ${caption} ${op}: ${app})`,
  unknownRole: (roleId: string): string =>
    `The Permission Set does not exist. Identification fields and values: Role ID='${roleId}'. Load the app that defines the permission set, or use SUPER.`,
};
