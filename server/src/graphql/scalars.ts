import { GraphQLScalarType, Kind } from 'graphql';
import { badInput, Reasons } from '../errors.ts';
import { GeoJSONScalar, literalToJs } from './geojson.scalar.ts';

const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  serialize: (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)),
  parseValue: (v) => checkDate(v),
  parseLiteral: (ast) => checkDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

function checkDate(v: unknown): string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) {
    throw badInput('date', Reasons.OUT_OF_RANGE, `"${String(v)}" is not a date (YYYY-MM-DD)`);
  }
  return v;
}

const DateTimeScalar = new GraphQLScalarType<Date | string, string>({
  name: 'DateTime',
  serialize: (v) => (v instanceof Date ? v.toISOString() : new Date(String(v)).toISOString()),
  parseValue: (v) => checkDateTime(v),
  parseLiteral: (ast) => checkDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

function checkDateTime(v: unknown): string {
  if (typeof v !== 'string' || Number.isNaN(Date.parse(v))) {
    throw badInput('dateTime', Reasons.OUT_OF_RANGE, `"${String(v)}" is not an ISO 8601 date-time`);
  }
  return new Date(v).toISOString();
}

const JSONScalar = new GraphQLScalarType<unknown, unknown>({
  name: 'JSON',
  serialize: (v) => v,
  parseValue: (v) => v,
  parseLiteral: (ast) => literalToJs(ast),
});

export const scalarResolvers = {
  GeoJSON: GeoJSONScalar,
  Date: DateScalar,
  DateTime: DateTimeScalar,
  JSON: JSONScalar,
};
