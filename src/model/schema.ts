/** The JSON Schema of each kind's YAML form, built from the column table (schemas/*.schema.json). */
import { columnsFor, type ColumnDef } from './columns.js';
import { VALUE_ALIASES } from './enums.js';
import type { Kind } from './types.js';

const TITLES: Record<Kind, string> = {
  catalogue: '市级行政权力事项目录 (master catalogue)',
  delegation: '下放事项清单 (delegation list)',
  zone: '管委会行政权力清单 (published zone list)',
};

function valueSchema(c: ColumnDef): Record<string, unknown> {
  const description = `${c.header}${c.aliases.length ? `（也作 ${c.aliases.join('、')}）` : ''}`;
  switch (c.type) {
    case 'enum':
      return { description, type: 'string', enum: [...(c.values ?? []), ...Object.keys(VALUE_ALIASES[c.key] ?? {})] };
    case 'batch':
      return { description, oneOf: [{ type: 'integer', minimum: 1 }, { type: 'string', pattern: '^(第)?([0-9]+|[一二三四五六七八九十]+)(批)?$' }] };
    case 'date':
      return { description, type: 'string', pattern: '^[0-9]{4}([-/.年])[0-9]{1,2}([-/.月])[0-9]{1,2}日?$' };
    case 'integer':
      return { description, type: ['integer', 'string'] };
    default:
      return { description, type: 'string' };
  }
}

/** The schema of one kind: kind, title, department, version, and items keyed by English or Chinese keys. */
export function listSchema(kind: Kind): Record<string, unknown> {
  const cols = columnsFor(kind);
  const properties: Record<string, unknown> = {};
  for (const c of cols) {
    const v = valueSchema(c);
    properties[c.key] = v;
    properties[c.header] = v;
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `https://qingdan.local/schemas/${kind}.schema.json`,
    title: TITLES[kind],
    description: 'qingdan YAML form (data contract v1). Keys may be the English keys or the canonical Chinese headers.',
    type: 'object',
    required: ['kind', 'items'],
    properties: {
      kind: { const: kind },
      title: { type: 'string' },
      department: { type: 'string', description: '实施部门：每个事项的默认值' },
      version: { type: 'string', description: '目录版本' },
      items: {
        type: 'array',
        items: {
          type: 'object',
          properties,
          anyOf: [{ required: ['code'] }, { required: ['事项编码'] }],
          additionalProperties: { type: ['string', 'number', 'boolean', 'null'] },
        },
      },
    },
    additionalProperties: true,
  };
}
