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

/**
 * Loose `--name value` / `--flag` parsing.
 * @deprecated Only cli/import.ts still uses it: declare its options with Node's
 * `util.parseArgs` (as cli/seed.ts does), then delete this.
 */
export function parseArgs(argv: string[]): { flags: Map<string, string | true>; rest: string[] } {
  const flags = new Map<string, string | true>();
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') continue;
    if (a.startsWith('--')) {
      const [k, v] = a.slice(2).split('=', 2) as [string, string | undefined];
      if (v !== undefined) flags.set(k, v);
      else if (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--'))
        flags.set(k, argv[++i]!);
      else flags.set(k, true);
    } else rest.push(a);
  }
  return { flags, rest };
}
