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
