/** Types the AL-level suites share (re-exported so the suites import them from one place). */
export type { ProductHost } from '../../../tools/host/src/index';
export type { RequestLogEntry as RequestLogEntryLike } from '../../../tools/graph-emulator/src/index';
