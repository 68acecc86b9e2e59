/** Generates the `<app>.g.xlf` translation file that alc writes for apps with the TranslationFile feature. */
export { nameHash } from './hash';
export { compareNames } from './names';
export { collectUnits, objectUnits, OBJECT_TYPE_ORDER } from './collect';
export { BOM, escapeAttribute, escapeText, generatorNote, transUnitId, writeXliff, type XliffOptions } from './xml';
export { findAppFolder, generateXliff, hasFeature, LOCKED_FEATURE, TRANSLATION_FEATURE, translationFilePath, xliffForObjects, type XliffResult } from './project';
export type { ElementKind, PathStep, TransUnit } from './transUnit';
