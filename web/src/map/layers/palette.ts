/** Colours shared by layers, legend and cards, so a legend swatch is the colour on the map. */
export const COLORS = {
  blankSpot: '#dc2626',
  gap: '#7c3aed',
  outside: '#ea580c',
  workstation: '#1d4ed8',
  joint: '#0f766e',
  jointOver: '#b91c1c',
  noOrgs: '#e5e7eb',
  gridLine: '#6b7280',
  subdistrictLine: '#111827',
  districtLine: '#111827',
  highlight: '#f59e0b',
  /** The chosen scope's outline. */
  scope: '#1d4ed8',
  background: '#f8fafc',
} as const;

/** Coverage-rate classes of the choropleth, lower bound inclusive (DOMAIN.md targets: 70%, 90%). */
export const RATE_CLASSES = [
  { min: 0, color: '#fee5d9' },
  { min: 0.3, color: '#fcae91' },
  { min: 0.5, color: '#fde68a' },
  { min: 0.7, color: '#a1d99b' },
  { min: 0.9, color: '#31a354' },
] as const;

/** Service-center levels (seed 000 art. 25). */
export const LEVEL_COLORS = {
  DISTRICT: '#1e40af',
  TOWN: '#0e7490',
  STREET: '#047857',
  COMMUNITY: '#65a30d',
} as const;
