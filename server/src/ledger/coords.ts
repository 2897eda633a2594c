import gcoord from 'gcoord';

/**
 * The coordinate systems a ledger file may declare (per file): WGS84 (GPS, what we store),
 * GCJ-02 (the national "Mars" offset used by AMap / Tencent maps) and BD-09 (Baidu maps).
 * Conversions by `gcoord`, checked against a reference implementation in coords.test.ts.
 */
export type Crs = 'wgs84' | 'gcj02' | 'bd09';
export const CRS_VALUES: readonly Crs[] = ['wgs84', 'gcj02', 'bd09'];

const GCOORD = { wgs84: gcoord.WGS84, gcj02: gcoord.GCJ02, bd09: gcoord.BD09 } as const;

export function toWgs84(lon: number, lat: number, from: Crs): [number, number] {
  if (from === 'wgs84') return [lon, lat];
  const [x, y] = gcoord.transform([lon, lat], GCOORD[from], gcoord.WGS84) as [number, number];
  return [x, y];
}

export function fromWgs84(lon: number, lat: number, to: Crs): [number, number] {
  if (to === 'wgs84') return [lon, lat];
  const [x, y] = gcoord.transform([lon, lat], gcoord.WGS84, GCOORD[to]) as [number, number];
  return [x, y];
}

/** Accepts `WGS84`, `gcj-02`, `BD09` ... as a CLI or sheet would spell them. */
export function parseCrs(text: string): Crs | undefined {
  const v = text
    .trim()
    .toLowerCase()
    .replace(/[-_\s]/g, '');
  return v === 'wgs84' || v === 'gcj02' || v === 'bd09' ? v : undefined;
}
