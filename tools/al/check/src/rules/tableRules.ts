import { findProperty, propertyText } from '../../../symbols/src/astText';
import type { Rule } from '../context';

const SecretName = /secret|password|passwd|apikey|api key|bearer|access ?token|refresh ?token/i;

/** AS0016: every Normal field has a DataClassification other than ToBeClassified; BKI0007: no secret columns. */
export const dataClassificationRule: Rule = (context) => {
  for (const { decl, unit } of context.program.own) {
    if (decl.objectType !== 'table' && decl.objectType !== 'tableextension') continue;
    const tableType = propertyText(decl.properties, 'TableType')?.toLowerCase();
    const tableClassification = propertyText(decl.properties, 'DataClassification');
    for (const section of decl.sections) {
      if (section.name !== 'fields') continue;
      for (const field of section.items) {
        if (field.kind !== 'TableField') continue;
        const typeName = field.type.name.toLowerCase();
        if (SecretName.test(field.name.name) && (typeName === 'text' || typeName === 'code' || typeName === 'blob')) {
          context.report('BKI0007', unit, field.name.start, field.name.name);
        }
        if (tableType === 'temporary') continue;
        const fieldClass = propertyText(field.properties, 'FieldClass')?.toLowerCase();
        if (fieldClass === 'flowfield' || fieldClass === 'flowfilter') continue;
        const own = findProperty(field.properties, 'DataClassification') ? propertyText(field.properties, 'DataClassification') : undefined;
        const effective = own ?? tableClassification;
        if (effective === undefined || effective.toLowerCase() === 'tobeclassified') {
          context.report('AS0016', unit, field.name.start, field.name.name);
        }
      }
    }
  }
};
