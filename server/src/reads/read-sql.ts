import { sql, type SQL } from 'drizzle-orm';
import { getTableName } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { getArgumentValues } from 'graphql';
import type { OrganizationFilter } from '../__generated__/resolvers.ts';
import { childPage, idOrCode } from '../geography/index.ts';
import { parseCursor, parseIdOf } from '../graphql/ids.ts';
import { checkFirst } from '../orgs/orgs.loaders.ts';
import { orgFilterConditions } from '../orgs/orgs.sql.ts';
import type { ConnPlan, FieldPlan, ObjPlan, ReadPlan, RootPlan, Serialize } from './compile.ts';
import { TYPES } from './read-types.ts';

/**
 * One statement for a whole compiled read (reads/compile.ts): PostgreSQL builds the answer's JSON
 * (json_build_object in the order of the selection, aliases as keys, each nested level a
 * correlated subquery on its foreign-key index) and returns it as one text value, which is
 * sent as it is. The arguments go through the resolvers' own checks (checkFirst, parseIdOf,
 * parseCursor, orgFilterConditions); one that fails throws, and the caller lets graphql-js
 * answer the request with its usual error.
 */
export function readStatement(
  plan: ReadPlan,
  variables: Record<string, unknown>,
): { statement: SQL; planForValues: boolean } {
  const b = new Builder(variables);
  b.text('SELECT ');
  b.jsonObject(plan.roots, (root) => b.root(root));
  b.text('::text AS data');
  return { statement: b.done(), planForValues: b.planForValues };
}

/** Column names: the schema's drizzle casing is snake_case (db/client.ts). */
const columnName = (c: PgColumn) =>
  `"${c.keyAsName ? c.name.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`) : c.name}"`;

/** Keyset cursors as graphql/ids.ts `toCursor` writes them: base64url of `c:<id>`, no padding. */
const CURSOR_OPEN = `rtrim(translate(encode(convert_to('c:' || (`;
const CURSOR_CLOSE = `), 'UTF8'), 'base64'), '+/', '-_'), '=')`;
const cursorOf = (idExpr: string) => `${CURSOR_OPEN}${idExpr}${CURSOR_CLOSE}`;

class Builder {
  private readonly parts: SQL[] = [];
  private buffer = '';
  private aliases = 0;
  /**
   * Whether the best plan depends on the values: an area (`bbox`, `near`) may hold ten
   * organizations or the whole district, and a generic plan chosen for one would serve the
   * other (db/client.ts `firstValue`).
   */
  planForValues = false;
  constructor(private readonly variables: Record<string, unknown>) {}

  text(s: string) {
    this.buffer += s;
  }

  /** A bound value, cast to the type PostgreSQL must read it as. */
  param(value: unknown, cast: 'int' | 'text' | 'bool') {
    this.parts.push(sql.raw(this.buffer), sql`${value}`);
    this.buffer = `::${cast}`;
  }

  /** A drizzle condition (an organization filter), written in place. */
  condition(c: SQL) {
    this.parts.push(sql.raw(this.buffer), c);
    this.buffer = '';
  }

  /** A response key: a GraphQL name, so nothing in it needs quoting. */
  key(k: string) {
    this.text(`'${k}', `);
  }

  done(): SQL {
    this.parts.push(sql.raw(this.buffer));
    return sql.join(this.parts);
  }

  alias() {
    return `r${++this.aliases}`;
  }

  args(f: { def: FieldPlan['def']; node: FieldPlan['node'] }) {
    return getArgumentValues(f.def, f.node, this.variables) as Record<string, unknown>;
  }

  root(root: RootPlan) {
    if (root.k === 'typename') return this.text(`'Query'::text`);
    if (root.k === 'orgs') return this.connection(root.conn, this.args(root), null, '');
    const spec = TYPES[root.obj.type];
    const a = this.alias();
    const table = `"${getTableName(spec.table)}" ${a}`;
    if (root.k === 'list') {
      this.text(`coalesce((SELECT json_agg(`);
      this.object(root.obj, a);
      this.text(` ORDER BY ${a}.id) FROM ${table}), '[]'::json)`);
      return;
    }
    const args = this.args(root) as { id?: string | null; code?: string | null };
    this.text(`(SELECT `);
    this.object(root.obj, a);
    this.text(` FROM ${table} WHERE `);
    if (root.k === 'idOrCode') idOrCode(args);
    if (args.id) {
      this.text(`${a}.id = `);
      this.param(parseIdOf(root.obj.type, args.id, 'id'), 'int');
    } else {
      this.text(`${a}.code = `);
      this.param(args.code!.trim(), 'text');
      this.text(' LIMIT 1');
    }
    this.text(')');
  }

  /** `json_build_object` of `items` in their order, each value written by `write`. */
  jsonObject<T extends { key: string }>(items: readonly T[], write: (item: T) => void) {
    this.text('json_build_object(');
    items.forEach((item, i) => {
      if (i) this.text(', ');
      this.key(item.key);
      write(item);
    });
    this.text(')');
  }

  /** One row (alias `a`) with the plan's fields in order. */
  object(obj: ObjPlan, a: string) {
    this.jsonObject(obj.fields, (f) => this.field(f, a));
  }

  field(f: FieldPlan, a: string) {
    switch (f.k) {
      case 'typename':
        return this.text(`'${f.value}'::text`);
      case 'id':
        return this.text(`'${f.type}:' || ${a}.id`);
      case 'col':
        return this.text(serialized(`${a}.${columnName(f.col)}`, f.ser));
      case 'one': {
        const c = this.alias();
        const table = getTableName(TYPES[f.obj.type].table);
        this.text('(SELECT ');
        this.object(f.obj, c);
        this.text(` FROM "${table}" ${c} WHERE ${c}.id = ${a}.${columnName(f.fk)})`);
        return;
      }
      case 'many':
        return this.children(f, a);
      case 'orgs':
        return this.connection(f.conn, this.args(f), f.scope, `${a}.id`);
    }
  }

  /** A child list ordered by id: `first` (omitted: all) after the id `after`. */
  children(f: Extract<FieldPlan, { k: 'many' }>, a: string) {
    const args = this.args(f) as {
      first?: number | null;
      after?: string | null;
      topLevelOnly?: boolean | null;
    };
    const { first = null, after = 0 } = childPage(0, f.obj.type, args);
    const c = this.alias();
    const table = getTableName(TYPES[f.obj.type].table);
    this.text(`coalesce((SELECT json_agg(${c}.j ORDER BY ${c}.id) FROM (SELECT ${c}.id, `);
    this.object(f.obj, c);
    this.text(` AS j FROM "${table}" ${c} WHERE ${c}.${columnName(f.fk)} = ${a}.id`);
    if (f.topLevel && args.topLevelOnly) this.text(` AND ${c}.${columnName(f.topLevel)} IS NULL`);
    this.text(` AND ${c}.id > `);
    this.param(after, 'int');
    this.text(` ORDER BY ${c}.id LIMIT `);
    this.param(first, 'int');
    this.text(`) ${c}), '[]'::json)`);
  }

  /**
   * An organizations connection: the page (one row more than `first`, to know if there is a
   * next page) numbered in id order, aggregated into the asked fields; the count only if asked.
   * `scope` is the organization's column that must equal `parentId` (none at the top level).
   */
  connection(
    conn: ConnPlan,
    args: Record<string, unknown>,
    scope: PgColumn | null,
    parentId: string,
  ) {
    const first = checkFirst(args.first as number | null | undefined);
    const afterText = (args.after as string | null | undefined) || null;
    const after = afterText ? parseCursor(afterText) : 0;
    const filter = args.filter as OrganizationFilter | null | undefined;
    const conds = orgFilterConditions(filter);
    if (filter?.bbox || filter?.near) this.planForValues = true;
    const where = (afterId: boolean) => {
      this.text(' WHERE true');
      if (scope) this.text(` AND organizations.${columnName(scope)} = ${parentId}`);
      if (afterId) {
        this.text(' AND organizations.id > ');
        this.param(after, 'int');
      }
      for (const c of conds) {
        this.text(' AND ');
        this.condition(c);
      }
    };
    const p = this.alias();
    const inPage = () => {
      this.text(`${p}.n_ <= `);
      this.param(first, 'int');
    };
    /** The page's rows in id order, each written by `write`, as a JSON array. */
    const pageArray = (write: () => void) => {
      this.text('coalesce(json_agg(');
      write();
      this.text(` ORDER BY ${p}.id) FILTER (WHERE `);
      inPage();
      this.text(`), '[]'::json)`);
    };
    this.text('(SELECT ');
    this.jsonObject(conn.fields, (f) => {
      switch (f.k) {
        case 'typename':
          return this.text(`'${f.value}'::text`);
        case 'totalCount':
          this.text('(SELECT count(*)::int FROM organizations');
          where(false);
          return this.text(')');
        case 'nodes':
          return pageArray(() => this.object(f.obj, p));
        case 'edges':
          return pageArray(() =>
            this.jsonObject(f.edge, (e) => {
              if (e.k === 'typename') this.text(`'${e.value}'::text`);
              else if (e.k === 'cursor') this.text(cursorOf(`${p}.id`));
              else this.object(e.obj, p);
            }),
          );
        case 'pageInfo':
          return this.jsonObject(f.page, (q) => {
            if (q.k === 'typename') this.text(`'${q.value}'::text`);
            else if (q.k === 'hasNextPage') {
              this.text('count(*) > ');
              this.param(first, 'int');
            } else if (q.k === 'hasPreviousPage') this.param(afterText != null, 'bool');
            else {
              const end = q.k === 'startCursor' ? 'min' : 'max';
              this.text(`${CURSOR_OPEN}${end}(${p}.id) FILTER (WHERE `);
              inPage();
              this.text(`)${CURSOR_CLOSE}`);
            }
          });
      }
    });
    // Only the count asked: no page to read. Otherwise the page is aggregated into one row,
    // also when it is empty or nothing of it is aggregated (`GROUP BY ()`).
    if (!conn.fields.some((f) => f.k === 'nodes' || f.k === 'edges' || f.k === 'pageInfo')) {
      this.text(')');
      return;
    }
    this.text(
      ` FROM (SELECT organizations.*, row_number() OVER (ORDER BY organizations.id) AS n_ FROM organizations`,
    );
    where(true);
    this.text(' ORDER BY organizations.id LIMIT ');
    this.param(first, 'int');
    this.text(` + 1) ${p} GROUP BY ())`);
  }
}

function serialized(expr: string, ser: Serialize): string {
  switch (ser) {
    case 'plain':
      return expr;
    case 'enum':
      return `upper(${expr}::text)`;
    case 'time':
      // As the DateTime scalar writes a Date: ISO 8601 in UTC with milliseconds.
      return `to_char(${expr} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
    case 'geo':
      // As the geometry loaders read it (geography.loaders.ts geometryOf).
      return `ST_AsGeoJSON(${expr}, 15)::json`;
  }
}
