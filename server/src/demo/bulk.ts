import type postgres from 'postgres';
import type { Database } from '../db/client.ts';

/** A query parameter both engines take (postgres.js names the set; PGlite takes any of them). */
export type BulkParam = postgres.ParameterOrJSON<never>;

/**
 * One transaction for bulk loading, on either engine, below drizzle: raw SQL with $n parameters
 * and COPY ... FROM of CSV text (PGlite reads it from a blob at /dev/blob, postgres.js streams it
 * to STDIN). COPY is the fastest way in on both (shared/STACK.md) and writes given values into
 * identity columns, so generated rows can carry the ids the generator assigned them.
 */
export interface BulkSession {
  query<T = Record<string, unknown>>(text: string, params?: BulkParam[]): Promise<T[]>;
  /** Loads CSV rows (no header) into the listed columns. */
  copy(table: string, columns: readonly string[], csv: string): Promise<void>;
}

export async function withBulkSession<T>(
  database: Database,
  fn: (s: BulkSession) => Promise<T>,
): Promise<T> {
  if (database.pglite) {
    const pg = database.pglite;
    return pg.transaction(async (tx) =>
      fn({
        query: async <R>(text: string, params: BulkParam[] = []) =>
          (await tx.query<R>(text, params)).rows,
        async copy(table, columns, csv) {
          await tx.query(
            `COPY ${table} (${columns.join(', ')}) FROM '/dev/blob' WITH (FORMAT csv)`,
            [],
            { blob: new Blob([csv]) },
          );
        },
      }),
    );
  }
  const sql = database.sql!;
  return sql.begin(async (tx) => {
    // JIT compiles the geometry statements for ~1 s each: far more than they take to run.
    await tx.unsafe('SET LOCAL jit = off');
    // Loading a district is bulk work: the pool's request statement timeout does not apply.
    await tx.unsafe('SET LOCAL statement_timeout = 0');
    return fn({
      query: async <R>(text: string, params: BulkParam[] = []) =>
        Array.from(await tx.unsafe(text, params)) as R[],
      async copy(table, columns, csv) {
        const stream = await tx
          .unsafe(`COPY ${table} (${columns.join(', ')}) FROM STDIN WITH (FORMAT csv)`)
          .writable();
        await new Promise<void>((resolve, reject) => {
          stream.on('error', reject);
          stream.on('finish', resolve);
          stream.end(csv);
        });
      },
    });
  }) as Promise<T>;
}

type CsvValue = string | number | boolean | null | undefined;

/** One CSV field: quoted only when it must be. null -> empty (NULL in COPY csv). */
export function csvField(v: CsvValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'string') return String(v);
  return /[",\n\r]/.test(v) || v === '' ? `"${v.replace(/"/g, '""')}"` : v;
}

export const ewktPoint = (lon: number, lat: number) =>
  `SRID=4326;POINT(${lon.toFixed(7)} ${lat.toFixed(7)})`;

/** A column's name in TypeScript, as the schema's snake_case casing maps it: `sub_kind` -> `subKind`. */
type Camel<S extends string> = S extends `${infer H}_${infer T}`
  ? `${H}${Capitalize<Camel<T>>}`
  : S;
const camel = (column: string) => column.replace(/_(.)/g, (_, c: string) => c.toUpperCase());

interface CopyTable {
  name: string;
  columns: readonly string[];
}
/** A row by its columns' TypeScript names; other properties (a spread object's) are not copied. */
export type CopyRow<T extends CopyTable> = { [C in T['columns'][number] as Camel<C>]: CsvValue };

/** Accumulates CSV lines per table and flushes them in a fixed order (parents before children). */
export class CopyBuffer<T extends CopyTable> {
  private lines = new Map<string, string[]>();
  private keys = new Map<string, string[]>();
  private size = 0;
  constructor(
    private session: BulkSession,
    private tables: readonly T[],
    private flushAt = 8_000_000,
  ) {
    for (const t of tables) {
      this.lines.set(t.name, []);
      this.keys.set(t.name, t.columns.map(camel));
    }
  }
  async add<N extends T['name']>(table: N, row: CopyRow<Extract<T, { name: N }>>) {
    const values = row as Record<string, CsvValue>;
    const line = this.keys
      .get(table)!
      .map((k) => csvField(values[k]))
      .join(',');
    this.lines.get(table)!.push(line);
    this.size += line.length;
    if (this.size >= this.flushAt) await this.flush();
  }
  async flush() {
    for (const t of this.tables) {
      const lines = this.lines.get(t.name)!;
      if (lines.length === 0) continue;
      await this.session.copy(t.name, t.columns, lines.join('\n') + '\n');
      this.lines.set(t.name, []);
    }
    this.size = 0;
  }
}
