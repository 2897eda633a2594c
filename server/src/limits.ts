import { z } from 'zod';

/**
 * Bounds on what one request may ask of the server (issue 11, holes 2, 4 and 5). Every limit has a
 * default that fits the demo district and a real district office, and an environment variable to
 * change it; values are checked once, at first use, so a typo stops the server instead of
 * silently lifting a bound.
 *
 * Bounds that live elsewhere, because they belong to one concept:
 * - GraphQL document shape (depth, aliases, directives, cost): graphql/armor.ts.
 * - A GET request's URL: Node's `--max-http-header-size` (16 KiB by default) answers 431 above it,
 *   so a GET query cannot be larger than that; POST documents are bounded by `maxQueryChars`.
 * - Boundary vertices, areas and tolerances: editing/limits.ts. Ledger files, rows and cells:
 *   ledger/.
 */
const MiB = 1024 * 1024;

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

export const LimitsSchema = z.object({
  /**
   * `ATLAS_MAX_BODY_BYTES`, 1 MiB: the JSON body of a /graphql request from an anonymous user or
   * a read-only role. The largest legitimate one is an analyst's query with variables (a few
   * kB) or a drawn boundary (10,000 vertices is ~300 kB of GeoJSON). Checked before the body is
   * read, so a 20 MB body costs nothing (answered 413).
   */
  maxBodyBytes: int(16 * 1024, 64 * MiB).default(1 * MiB),
  /**
   * `ATLAS_MAX_IMPORT_BODY_BYTES`, 28 MiB: the body limit for signed-in users of a writing role,
   * who may send a ledger file to `importLedger` as base64 in the JSON body. Base64 grows a file
   * by 4/3, so 28 MiB carries the ledger's 20 MiB file limit with room for the JSON around it.
   * Larger files go through the CLI (`pnpm import`), which reads them from disk.
   */
  maxImportBodyBytes: int(16 * 1024, 256 * MiB).default(28 * MiB),
  /**
   * `ATLAS_MAX_QUERY_CHARS`, 100,000: characters of one GraphQL document. The web client's largest
   * query is ~3 kB; graphql-armor's token limit bounds the parser's work, this bounds what reaches
   * it (a long comment or string is one token).
   */
  maxQueryChars: int(1_000, 10_000_000).default(100_000),
  /**
   * `ATLAS_MAX_TOKENS`, 8,000: lexical tokens of one GraphQL document (graphql-js's `maxTokens`
   * parse option). The hierarchy query nested down to organization links is ~400 tokens.
   */
  maxTokens: int(100, 1_000_000).default(8_000),
  /**
   * `ATLAS_MAX_FILTER_STRING`, 100: characters of every string in a filter (a search, an
   * industry code). A name search is a few characters; a credit code is 18. A 2 kB search took
   * 13.6 s on the server and a 5 MB one held four backends for minutes (issue 11, hole 2).
   */
  maxFilterStringLength: int(18, 10_000).default(100),
  /**
   * `ATLAS_MAX_FILTER_LIST`, 100: items of a list in a filter (industries, statuses, kinds). There
   * are 6 kinds, 4 statuses and a few dozen industries; more is a generated attack.
   */
  maxFilterListLength: int(10, 10_000).default(100),
  /**
   * `ATLAS_MAX_PAGE_SIZE`, 1,000: `first` of a connection (schema: "at most 1000"). A grid holds
   * tens to a few hundred organizations; a full export goes through the ledger export instead.
   */
  maxPageSize: int(1, 100_000).default(1_000),
  /**
   * `ATLAS_STATEMENT_TIMEOUT_MS`, 15,000 (0 turns it off): PostgreSQL's `statement_timeout` for
   * every connection of the server engine's pool, so no request can hold a backend for long. The
   * slowest legitimate request statement (a subdistrict's coverage roll-up over 100k
   * organizations) takes about a second. Bulk work (migrations, demo load, full coverage
   * refresh, imports) lifts it for its own transaction (db/client.ts `liftStatementTimeout`).
   * PGlite has one in-process connection and no timer: there the filter bounds above keep
   * every query's shape bounded instead.
   */
  statementTimeoutMs: int(0, 24 * 3600 * 1000).default(15_000),
  /**
   * `ATLAS_LOCK_TIMEOUT_MS`, 10,000 (0 turns it off): PostgreSQL's `lock_timeout` on the server
   * engine, below the statement timeout, so a save queued behind other saves of the same
   * subdistrict fails as a retryable CONFLICT ("being changed right now") instead of running
   * into the statement timeout, and a request never waits on a lock for long. Bulk work keeps it.
   */
  lockTimeoutMs: int(0, 24 * 3600 * 1000).default(10_000),
  /**
   * Stack traces in GraphQL error responses: only when `NODE_ENV=development` (`pnpm dev`). They
   * name server files and lines, which production answers must not show (issue 10, item 4).
   */
  includeStacktraces: z.boolean().default(false),
});

export type Limits = z.infer<typeof LimitsSchema>;

/** Reads the limits from the environment; throws naming the variable when one is invalid. */
export function readLimits(env: NodeJS.ProcessEnv = process.env): Limits {
  const raw = {
    maxBodyBytes: env.ATLAS_MAX_BODY_BYTES,
    maxImportBodyBytes: env.ATLAS_MAX_IMPORT_BODY_BYTES,
    maxQueryChars: env.ATLAS_MAX_QUERY_CHARS,
    maxTokens: env.ATLAS_MAX_TOKENS,
    maxFilterStringLength: env.ATLAS_MAX_FILTER_STRING,
    maxFilterListLength: env.ATLAS_MAX_FILTER_LIST,
    maxPageSize: env.ATLAS_MAX_PAGE_SIZE,
    statementTimeoutMs: env.ATLAS_STATEMENT_TIMEOUT_MS,
    lockTimeoutMs: env.ATLAS_LOCK_TIMEOUT_MS,
    includeStacktraces: env.NODE_ENV === 'development',
  };
  const defined = Object.fromEntries(
    Object.entries(raw).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = LimitsSchema.safeParse(defined);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = String(issue.path[0]) as keyof typeof ENV_NAMES;
    throw new Error(`${ENV_NAMES[key] ?? key}: ${issue.message}`);
  }
  return parsed.data;
}

/** The variable behind each limit, for error messages and the README. */
export const ENV_NAMES = {
  maxBodyBytes: 'ATLAS_MAX_BODY_BYTES',
  maxImportBodyBytes: 'ATLAS_MAX_IMPORT_BODY_BYTES',
  maxQueryChars: 'ATLAS_MAX_QUERY_CHARS',
  maxTokens: 'ATLAS_MAX_TOKENS',
  maxFilterStringLength: 'ATLAS_MAX_FILTER_STRING',
  maxFilterListLength: 'ATLAS_MAX_FILTER_LIST',
  maxPageSize: 'ATLAS_MAX_PAGE_SIZE',
  statementTimeoutMs: 'ATLAS_STATEMENT_TIMEOUT_MS',
  lockTimeoutMs: 'ATLAS_LOCK_TIMEOUT_MS',
  includeStacktraces: 'NODE_ENV',
} as const satisfies Record<keyof Limits, string>;

let current: Limits | undefined;

/** The process's limits, read from the environment once. */
export function limits(): Limits {
  return (current ??= readLimits());
}
