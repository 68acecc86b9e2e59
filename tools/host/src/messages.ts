/** Every message text of the product host (what is wrong, where, what to do). */
export const HOST_MESSAGES = {
  appNotFound: (dir: string) => `Product host: the app folder '${dir}' does not exist. Pass options.appDir, or run from the repository root.`,
  appLoadFailed: (dir: string, count: number, first: string) =>
    `Product host: the app in '${dir}' does not load in the AL runtime (${count} problem(s)); first: ${first}. Fix the AL file named there (check it with 'npm run al -- check ${dir}').`,
  emulatorFailed: (detail: string) => `Product host: the Graph emulator did not start: ${detail}. Check the emulator options (data, faults) or run 'npm run graph-emulator' alone to see the error.`,
  stepFailed: (step: string, where: string, detail: string, fix: string) => `Product host: ${step} failed in ${where}: ${detail}. ${fix}`,
  noBusiness: (wanted: string, available: string) =>
    `Product host: the Bookings business '${wanted}' is not in the emulator (it has: ${available || 'none'}). Pass one of those as options.businessId, or seed the emulator with it.`,
  unknownCodeunit: (name: string) => `Product host: codeunit '${name}' is not loaded. Check the name (object names are case-insensitive, without the ID).`,
  unknownProcedure: (cu: string, proc: string, argc: number, available: string) =>
    `Product host: codeunit '${cu}' has no procedure '${proc}' taking ${argc} argument(s). Its procedures: ${available}.`,
  unknownTable: (name: string) => `Product host: table '${name}' is not loaded. Check the table name (without the ID).`,
  unknownField: (table: string, field: string) => `Product host: table '${table}' has no field '${field}'.`,
  stopped: () => 'Product host: the host is stopped; start a new one with startProductHost().',
} as const;
