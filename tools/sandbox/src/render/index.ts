/** Public entry of the sandbox HTML renderer. */
export * from './dataSource';
export { MemoryDataSource, type MemoryRecord } from './memoryDataSource';
export { renderCardPage, renderListPage, renderPage, type RenderOptions } from './renderPage';
export { renderStartPage } from './startPage';
export { esc, domId } from './escape';
