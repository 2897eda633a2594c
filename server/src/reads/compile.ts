import {
  getNamedType,
  GraphQLEnumType,
  GraphQLObjectType,
  Kind,
  parse,
  specifiedRules,
  validate,
  type FieldNode,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';
import { getTableColumns } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { HEAVY_DEPTH, operationDepth } from '../graphql/admission.ts';
import { RESOLVED, ROOTS, TYPES, type HierarchyType } from './read-types.ts';

/**
 * A read query compiled once per document text: the tree of fields to answer, each with what SQL
 * reads it (reads/read-sql.ts turns it into one statement per request). Only documents whose
 * every field is in reads/read-types.ts compile; anything else (mutations, fragments,
 * directives, other fields, invalid documents) is `null` and goes through Apollo as before.
 */
export interface ReadPlan {
  operation: OperationDefinitionNode;
  roots: RootPlan[];
  /** Nested as deep as the admission gate counts heavy (graphql/admission.ts). */
  heavy: boolean;
}

interface Keyed {
  key: string;
  node: FieldNode;
  def: GraphQLField<unknown, unknown>;
}

export type Serialize = 'plain' | 'enum' | 'time' | 'geo';

export type FieldPlan = Keyed &
  (
    | { k: 'typename'; value: string }
    | { k: 'id'; type: HierarchyType }
    | { k: 'col'; col: PgColumn; ser: Serialize }
    | { k: 'one'; fk: PgColumn; obj: ObjPlan }
    | { k: 'many'; fk: PgColumn; topLevel?: PgColumn; obj: ObjPlan }
    | { k: 'orgs'; scope: PgColumn | null; conn: ConnPlan }
  );

export interface ObjPlan {
  type: HierarchyType;
  fields: FieldPlan[];
}

export type ConnField =
  | { key: string; k: 'typename'; value: string }
  | { key: string; k: 'totalCount' }
  | { key: string; k: 'nodes'; obj: ObjPlan }
  | { key: string; k: 'edges'; edge: EdgeField[] }
  | { key: string; k: 'pageInfo'; page: PageField[] };

export type EdgeField =
  | { key: string; k: 'typename'; value: string }
  | { key: string; k: 'cursor' }
  | { key: string; k: 'node'; obj: ObjPlan };

export type PageField = {
  key: string;
  k: 'typename' | 'hasNextPage' | 'hasPreviousPage' | 'startCursor' | 'endCursor';
  value?: string;
};

const PAGE_FIELDS = new Set(['hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor']);

export interface ConnPlan {
  fields: ConnField[];
}

export type RootPlan = Keyed &
  (
    | { k: 'typename' }
    | { k: 'list' | 'idOrCode' | 'id'; obj: ObjPlan }
    | { k: 'orgs'; conn: ConnPlan }
  );

/** json_build_object takes at most 100 arguments: 50 keys. */
const MAX_KEYS = 50;

class NotCompiled extends Error {}
const no = (why: string): never => {
  throw new NotCompiled(why);
};

/**
 * The plan of `query` (its operation `operationName`), or null when it does not compile. Parses
 * and validates with the server's own limits and rules, so a plan exists only for a document
 * Apollo would run without errors.
 */
export function compileRead(
  schema: GraphQLSchema,
  query: string,
  operationName: string | undefined,
  opts: { maxTokens: number; rules: readonly ValidationRule[] },
): ReadPlan | null {
  try {
    const doc = parse(query, { maxTokens: opts.maxTokens });
    if (doc.definitions.length !== 1) return null;
    const op = doc.definitions[0]!;
    if (op.kind !== Kind.OPERATION_DEFINITION || op.operation !== 'query') return null;
    if (operationName && op.name?.value !== operationName) return null;
    if (op.directives?.length) return null;
    if (validate(schema, doc, [...specifiedRules, ...opts.rules]).length) return null;
    const queryType = schema.getQueryType()!;
    const roots = selections(op.selectionSet).map((node): RootPlan => {
      const name = node.name.value;
      const key = node.alias?.value ?? name;
      if (name === '__typename') {
        return { key, node, def: queryType.getFields()[name]!, k: 'typename' };
      }
      const root = ROOTS[name] ?? no(`root ${name}`);
      const def = queryType.getFields()[name] ?? no(`no root ${name}`);
      if (root.by === 'orgs') return { key, node, def, k: 'orgs', conn: connPlan(schema, node) };
      const obj = objPlan(schema, root.type, node.selectionSet);
      return { key, node, def, k: root.by === 'all' ? 'list' : root.by, obj };
    });
    if (roots.length > MAX_KEYS) return null;
    return { operation: op, roots, heavy: operationDepth(doc, op) >= HEAVY_DEPTH };
  } catch (e) {
    if (e instanceof NotCompiled) return null;
    // A parse error (syntax, too many tokens): Apollo answers it with its own message.
    if (e instanceof Error && e.name === 'GraphQLError') return null;
    throw e;
  }
}

/** The fields of a selection set: plain fields only, no fragments or directives, keys unique. */
function selections(set: SelectionSetNode | undefined): FieldNode[] {
  if (!set) return no('no selection');
  const keys = new Set<string>();
  return set.selections.map((s) => {
    if (s.kind !== Kind.FIELD) return no('fragment');
    if (s.directives?.length) return no('directive');
    const key = s.alias?.value ?? s.name.value;
    // Repeated keys merge in GraphQL (`id id`, or the same alias twice): left to graphql-js.
    if (keys.has(key)) return no('repeated key');
    keys.add(key);
    return s;
  });
}

function objectType(schema: GraphQLSchema, name: string): GraphQLObjectType {
  const type = schema.getType(name);
  return type instanceof GraphQLObjectType ? type : no(`no type ${name}`);
}

/** A type's table columns by drizzle key. */
const columnsOf = (type: HierarchyType) =>
  getTableColumns(TYPES[type].table) as Record<string, PgColumn>;

function objPlan(
  schema: GraphQLSchema,
  type: HierarchyType,
  set: SelectionSetNode | undefined,
): ObjPlan {
  const gqlType = objectType(schema, type);
  const spec = TYPES[type];
  const fields = selections(set).map((node): FieldPlan => {
    const name = node.name.value;
    const key = node.alias?.value ?? name;
    const def = gqlType.getFields()[name];
    if (name === '__typename') return { key, node, def: def!, k: 'typename', value: type };
    if (!def) return no(`${type}.${name}`);
    const f = spec.fields[name];
    if (!f) {
      const column = columnsOf(type)[name];
      if (!column || RESOLVED[type]?.includes(name)) return no(`${type}.${name}`);
      return { key, node, def, k: 'col', col: column, ser: serializer(def) };
    }
    switch (f.k) {
      case 'id':
        return { key, node, def, k: 'id', type };
      case 'one':
        return {
          key,
          node,
          def,
          k: 'one',
          fk: f.fk,
          obj: objPlan(schema, f.type, node.selectionSet),
        };
      case 'many': {
        const obj = objPlan(schema, f.type, node.selectionSet);
        return { key, node, def, k: 'many', fk: f.fk, topLevel: f.topLevel, obj };
      }
      case 'orgs':
        return { key, node, def, k: 'orgs', scope: f.scope, conn: connPlan(schema, node) };
    }
  });
  if (fields.length > MAX_KEYS) no('too many keys');
  return { type, fields };
}

/** How a column's value is written as the GraphQL type's JSON. */
function serializer(def: GraphQLField<unknown, unknown>): Serialize {
  const type = getNamedType(def.type);
  if (type instanceof GraphQLEnumType) {
    // Enum values are stored as the lower-case name (graphql/schema.ts enumResolvers).
    const lower = type.getValues().every((v) => v.value === v.name.toLowerCase());
    return lower ? 'enum' : no(`enum ${type.name}`);
  }
  if (type.name === 'DateTime') return 'time';
  if (type.name === 'GeoJSON') return 'geo';
  if (['Int', 'Float', 'String', 'Boolean'].includes(type.name)) return 'plain';
  return no(`scalar ${type.name}`);
}

function connPlan(schema: GraphQLSchema, node: FieldNode): ConnPlan {
  const fields = selections(node.selectionSet).map((f): ConnField => {
    const key = f.alias?.value ?? f.name.value;
    switch (f.name.value) {
      case '__typename':
        return { key, k: 'typename', value: 'OrganizationConnection' };
      case 'totalCount':
        return { key, k: 'totalCount' };
      case 'nodes':
        return { key, k: 'nodes', obj: objPlan(schema, 'Organization', f.selectionSet) };
      case 'edges':
        return {
          key,
          k: 'edges',
          edge: leaves(f, 'OrganizationEdge', (name, k, e): EdgeField => {
            if (name === 'cursor') return { key: k, k: 'cursor' };
            return { key: k, k: 'node', obj: objPlan(schema, 'Organization', e.selectionSet) };
          }),
        };
      case 'pageInfo':
        return {
          key,
          k: 'pageInfo',
          page: leaves(f, 'PageInfo', (name, k): PageField =>
            PAGE_FIELDS.has(name) ? { key: k, k: name as PageField['k'] } : no(name),
          ),
        };
      default:
        return no(`OrganizationConnection.${f.name.value}`);
    }
  });
  if (fields.length > MAX_KEYS) no('too many keys');
  return { fields };
}

/** The fields of a small type (edge, page info): `__typename` here, the others by `map`. */
function leaves<T>(
  node: FieldNode,
  typename: string,
  map: (name: string, key: string, field: FieldNode) => T,
): (T | { key: string; k: 'typename'; value: string })[] {
  return selections(node.selectionSet).map((f) => {
    const key = f.alias?.value ?? f.name.value;
    if (f.name.value === '__typename') return { key, k: 'typename' as const, value: typename };
    return map(f.name.value, key, f);
  });
}
