/** Library entry of the product host (see README.md). */
export { startProductHost, ProductHostError, REPO_ROOT, SETUP_TABLE, type ProductHost, type ProductHostOptions, type CallResult, type TokenSourceName } from './productHost';
export { startEmulatorProcess, EmulatorProcessError, type EmulatorHandle } from './emulatorProcess';
export type { EmulatorData, EmulatorStartOptions, EmulatorCredentials, BusinessData, FaultState, EmulatorStats } from './emulatorProtocol';
export { RecordOpCounter, totalRecordOps, type RecordOpCounts } from './recordOps';
export { toPlain, fromPlain, rowOf, type PlainRow, type PlainValue } from './alValues';
export { HOST_MESSAGES } from './messages';
export type { CodeunitV } from '../../al/runtime/src/interp/instances';
export type { Rec } from '../../al/runtime/src/db/record';
