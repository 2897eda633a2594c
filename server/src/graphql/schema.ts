import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Kind, parse, type DocumentNode, type EnumTypeDefinitionNode } from 'graphql';

export const SCHEMA_DIR = fileURLToPath(new URL('../../../schema', import.meta.url));

/** The SDL of schema/, one file per concept, read at start. */
export function loadTypeDefs(): DocumentNode[] {
  return readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => parse(readFileSync(`${SCHEMA_DIR}/${f}`, 'utf8')));
}

/**
 * Enum resolvers: GraphQL value STREET is stored as 'street' (the convention codegen.ts also
 * follows), so rows pass through and enum arguments arrive as database values.
 */
export function enumResolvers(docs: DocumentNode[]): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const doc of docs) {
    for (const def of doc.definitions) {
      if (def.kind !== Kind.ENUM_TYPE_DEFINITION || def.name.value === 'ErrorCode') continue;
      const e = def as EnumTypeDefinitionNode;
      out[e.name.value] = Object.fromEntries(
        (e.values ?? []).map((v) => [v.name.value, v.name.value.toLowerCase()]),
      );
    }
  }
  return out;
}
