import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { badInput, Reasons } from '../errors.ts';
import type { Geometry } from '../db/geojson.ts';
import { validateGeometry } from './geojson.validate.ts';

/** The GeoJSON scalar: validated geometry in, geometry out (schema/base.graphql). */
export const GeoJSONScalar = new GraphQLScalarType<Geometry, Geometry>({
  name: 'GeoJSON',
  serialize: (value) => value as Geometry,
  parseValue: (value) => check(value),
  parseLiteral: (ast) => check(literalToJs(ast)),
});

function check(value: unknown): Geometry {
  const problem = validateGeometry(value);
  if (problem) throw badInput(problem.path, Reasons.INVALID_GEOJSON, problem.message);
  return value as Geometry;
}

/**
 * A GraphQL literal as the JavaScript value it spells (the GeoJSON and JSON scalars); a variable
 * inside it is undefined.
 */
export function literalToJs(ast: ValueNode): unknown {
  switch (ast.kind) {
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, literalToJs(f.value)]));
    case Kind.LIST:
      return ast.values.map(literalToJs);
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.STRING:
    case Kind.ENUM:
      return ast.value;
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.NULL:
      return null;
    default:
      return undefined;
  }
}
