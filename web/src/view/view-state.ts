import type { Lang } from '../i18n/i18n.ts';

/** The map's layers as the panel toggles them and the URL names them. */
export const LAYER_KEYS = ['grids', 'blank', 'joint', 'ws', 'centers'] as const;
export type LayerKey = (typeof LAYER_KEYS)[number];

/** The planner's lists beside the map (web/src/lists), as the URL names them. */
export const LIST_KEYS = ['blank', 'gaps', 'join', 'ws', 'outside'] as const;
export type ListKey = (typeof LIST_KEYS)[number];

export const SIZE_CLASSES = ['lt30', 's30_49', 's50_79', 'ge80'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];
export const CATEGORIES = ['NEW_ECONOMIC', 'NEW_SOCIAL'] as const;
export type Category = (typeof CATEGORIES)[number];
export const STATUSES = ['OPERATING', 'SUSPENDED', 'ZOMBIE', 'DEREGISTERED'] as const;
export type Status = (typeof STATUSES)[number];
/** Walking minutes of the service circles; 0 means each center's own radius. */
export const WALKS = [0, 5, 15] as const;
export type Walk = (typeof WALKS)[number];

export interface Filters {
  category?: Category;
  industry?: string;
  size?: SizeClass;
  status?: Status;
}

export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}

/** Everything a shared link restores: scope, layers, filters, circle reach, language, camera. */
export interface ViewState {
  /** Global id of the scope: District:1, Subdistrict:2 or Grid:3; null = the first district. */
  scope: string | null;
  layers: LayerKey[];
  walk: Walk;
  filters: Filters;
  lang: Lang;
  /** Global id of the feature whose card is open. */
  selected: string | null;
  camera: Camera | null;
  /** The list shown beside the map. */
  list: ListKey;
}

/**
 * The first view: the choropleth and the blank spots only (issue 15: all five layers at once
 * piled icons, circles and two kinds of badges on top of each other).
 */
export const DEFAULT_LAYERS: readonly LayerKey[] = ['grids', 'blank'];

export const DEFAULT_VIEW: ViewState = {
  scope: null,
  layers: [...DEFAULT_LAYERS],
  walk: 0,
  filters: {},
  lang: 'zh',
  selected: null,
  camera: null,
  list: 'blank',
};

const oneOf = <T extends string | number>(list: readonly T[], v: unknown): T | undefined =>
  list.find((x) => String(x) === v);
const GLOBAL_ID = /^[A-Za-z]+:\d{1,10}$/;

/** Reads a view from a query string; anything unknown falls back to the default. */
export function parseView(search: string): ViewState {
  const q = new URLSearchParams(search);
  const layersParam = q.get('layers');
  const layers =
    layersParam == null
      ? [...DEFAULT_VIEW.layers]
      : LAYER_KEYS.filter((k) => layersParam.split(',').includes(k));
  const id = (v: string | null) => (v && GLOBAL_ID.test(v) ? v : null);
  const filters: Filters = {};
  const category = oneOf(CATEGORIES, q.get('cat'));
  if (category) filters.category = category;
  const size = oneOf(SIZE_CLASSES, q.get('size'));
  if (size) filters.size = size;
  const status = oneOf(STATUSES, q.get('status'));
  if (status) filters.status = status;
  const industry = q.get('ind')?.trim();
  if (industry && /^[a-z_]{1,40}$/.test(industry)) filters.industry = industry;
  return {
    scope: id(q.get('scope')),
    layers,
    walk: oneOf(WALKS, q.get('walk')) ?? 0,
    filters,
    lang: q.get('lang') === 'en' ? 'en' : 'zh',
    selected: id(q.get('sel')),
    camera: parseCamera(q.get('at')),
    list: oneOf(LIST_KEYS, q.get('list')) ?? DEFAULT_VIEW.list,
  };
}

function parseCamera(v: string | null): Camera | null {
  const parts = v?.split(',').map(Number);
  if (!parts || parts.length !== 3 || !parts.every(Number.isFinite)) return null;
  const [zoom, lat, lon] = parts as [number, number, number];
  if (Math.abs(lon) > 180 || Math.abs(lat) > 90 || zoom < 0 || zoom > 24) return null;
  return { lon, lat, zoom };
}

/** Writes a view as a query string, leaving defaults out so links stay short. */
export function serializeView(v: ViewState): string {
  const q = new URLSearchParams();
  if (v.scope) q.set('scope', v.scope);
  const sameLayers =
    v.layers.length === DEFAULT_LAYERS.length && DEFAULT_LAYERS.every((k) => v.layers.includes(k));
  if (!sameLayers) q.set('layers', LAYER_KEYS.filter((k) => v.layers.includes(k)).join(','));
  if (v.walk) q.set('walk', String(v.walk));
  if (v.filters.category) q.set('cat', v.filters.category);
  if (v.filters.industry) q.set('ind', v.filters.industry);
  if (v.filters.size) q.set('size', v.filters.size);
  if (v.filters.status) q.set('status', v.filters.status);
  if (v.lang !== 'zh') q.set('lang', v.lang);
  if (v.selected) q.set('sel', v.selected);
  if (v.list !== DEFAULT_VIEW.list) q.set('list', v.list);
  if (v.camera) {
    const c = v.camera;
    q.set('at', `${c.zoom.toFixed(2)},${c.lat.toFixed(5)},${c.lon.toFixed(5)}`);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** Employee bounds of a size class (seed 001's survey classes). */
export function employeeRange(size: SizeClass): { employeesMin?: number; employeesMax?: number } {
  switch (size) {
    case 'lt30':
      return { employeesMax: 29 };
    case 's30_49':
      return { employeesMin: 30, employeesMax: 49 };
    case 's50_79':
      return { employeesMin: 50, employeesMax: 79 };
    case 'ge80':
      return { employeesMin: 80 };
  }
}

/** The panel's filters as the API's OrganizationFilter (null when nothing is filtered). */
export function toOrganizationFilter(f: Filters) {
  const out: {
    category?: Category;
    industries?: string[];
    statuses?: Status[];
    employeesMin?: number;
    employeesMax?: number;
  } = {};
  if (f.category) out.category = f.category;
  if (f.industry) out.industries = [f.industry];
  if (f.status) out.statuses = [f.status];
  if (f.size) Object.assign(out, employeeRange(f.size));
  return Object.keys(out).length ? out : null;
}
