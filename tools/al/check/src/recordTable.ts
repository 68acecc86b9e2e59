import type { ObjectDeclaration } from '../../syntax/src';
import { propertyText } from '../../symbols/src/astText';
import type { ObjectIndex } from './objectIndex';

/** The table behind an object's `Rec`: the table itself, the extended table, the page's SourceTable, the codeunit's TableNo. */
export function recordTableOf(decl: ObjectDeclaration, index: ObjectIndex): string | undefined {
  switch (decl.objectType) {
    case 'table':
      return decl.name?.name;
    case 'tableextension':
      return decl.extends?.name;
    case 'page':
      return propertyText(decl.properties, 'SourceTable');
    case 'pageextension': {
      const page = decl.extends ? index.resolve('page', decl.extends.name)?.symbol : undefined;
      return page?.type === 'page' ? page.sourceTable : undefined;
    }
    case 'codeunit':
      return propertyText(decl.properties, 'TableNo');
    default:
      return undefined;
  }
}
