import { parseArgs, type ParseArgsConfig } from 'node:util';
import { readConfig } from '../config.ts';
import { openDatabase, type Database } from '../db/client.ts';

/**
 * A whole-number option of a CLI (`--orgs 30_000`, `--orgs 30,000`), parsed with Node's
 * `util.parseArgs` as a string; `fallback` when it is absent.
 */
export function intOption(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = /^\d[\d_,]*$/.test(value) ? Number(value.replace(/[_,]/g, '')) : NaN;
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number >= 0`);
  return n;
}

/** The command line after the script, without the `--` pnpm passes through. */
export const cliArgs = (): string[] => process.argv.slice(2).filter((a) => a !== '--');

/**
 * The options of a CLI's command line (Node's strict `util.parseArgs`, no positionals), with
 * `--help` / `-h` added to those given.
 */
export function cliOptions<const O extends NonNullable<ParseArgsConfig['options']>>(options: O) {
  return parseArgs({
    args: cliArgs(),
    options: { ...options, help: { type: 'boolean', short: 'h' } },
  }).values;
}

/** The database the configuration names (DATABASE_URL, else the PGlite data directory). */
export function openConfiguredDatabase(): Promise<Database> {
  const config = readConfig();
  return openDatabase(
    config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir },
  );
}
