import loadHighs from 'highs';

type Highs = Awaited<ReturnType<typeof loadHighs>>;

let loading: Promise<Highs> | null = null;

/** The HiGHS WASM module, loaded once per process (about 40 ms). */
export function highs(): Promise<Highs> {
  loading ??= loadHighs();
  return loading;
}

export interface MilpResult {
  /** 'Optimal', 'Time limit reached', ... (HiGHS's model status). */
  status: string;
  optimal: boolean;
  objective: number;
  /** Value of each named column. */
  value(name: string): number;
}

/**
 * Solves a CPLEX-LP-format model. A solve that stops at the time limit with an incumbent is
 * returned (optimal: false); one that stops with none gives null (callers keep their heuristic
 * answer); any other failure is an error.
 */
export async function solveLp(lp: string, timeLimitS: number): Promise<MilpResult | null> {
  const h = await highs();
  const r = h.solve(lp, {
    output_flag: false,
    time_limit: Math.max(0.1, timeLimitS),
    mip_rel_gap: 1e-6,
  });
  const cols = r.Columns as Record<string, { Primal?: number }>;
  const status = String(r.Status);
  const optimal = status === 'Optimal';
  if (!optimal && status === 'Time limit reached') {
    const incumbent = Object.keys(cols).length > 0 && Number.isFinite(r.ObjectiveValue);
    if (!incumbent) return null;
  } else if (!optimal) throw new Error(`HiGHS: ${status}`);
  return {
    status,
    optimal,
    objective: r.ObjectiveValue,
    value: (name) => cols[name]?.Primal ?? 0,
  };
}
