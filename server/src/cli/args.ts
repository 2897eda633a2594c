/** Minimal `--name value` / `--flag` parsing for the CLIs (no dependency needed). */
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

export function intFlag(flags: Map<string, string | true>, name: string, fallback: number) {
  const v = flags.get(name);
  if (v === undefined) return fallback;
  const n = Number(typeof v === 'string' ? v.replace(/[_,]/g, '') : NaN);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number >= 0`);
  return n;
}
