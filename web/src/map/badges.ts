import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { COLORS } from './layers/palette.ts';

// The map is offline: no glyph server, so symbol layers cannot draw text. Counts and the
// workstation mark are small images drawn on a canvas the first time a layer asks for them
// (maplibre's `styleimagemissing` event).

export const BADGE_TONES = {
  dark: '#111827',
  joint: COLORS.joint,
  alert: COLORS.jointOver,
} as const;
export type BadgeTone = keyof typeof BADGE_TONES;
export const WORKSTATION_ICON = 'icon:workstation';

/** Image id of a count badge: `badge:<tone>:<n>`. */
export const badgeImage = (count: ExpressionSpecification, tone: BadgeTone) =>
  ['concat', `badge:${tone}:`, ['to-string', count]] as ExpressionSpecification;

/** Parses a badge id back; null for any other image id. */
export function parseBadgeId(id: string): { tone: BadgeTone; label: string } | null {
  const m = /^badge:(dark|joint|alert):(\d{1,9})$/.exec(id);
  if (!m) return null;
  const n = Number(m[2]);
  return { tone: m[1] as BadgeTone, label: n >= 10_000 ? `${Math.round(n / 1000)}k` : String(n) };
}

function canvas(w: number, h: number) {
  const c = document.createElement('canvas');
  c.width = w;
  c.height = h;
  return [c, c.getContext('2d')!] as const;
}

function drawBadge(label: string, tone: BadgeTone, ratio: number) {
  const h = 18 * ratio;
  const w = Math.max(h, (8 + 7 * label.length) * ratio);
  const [, ctx] = canvas(w, h);
  ctx.fillStyle = BADGE_TONES[tone];
  ctx.beginPath();
  ctx.roundRect(0, 0, w, h, h / 2);
  ctx.fill();
  ctx.fillStyle = '#ffffff';
  ctx.font = `bold ${12 * ratio}px system-ui, sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(label, w / 2, h / 2 + ratio);
  return ctx.getImageData(0, 0, w, h);
}

function drawWorkstation(ratio: number) {
  const s = 22 * ratio;
  const [, ctx] = canvas(s, s);
  ctx.fillStyle = COLORS.workstation;
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 2 * ratio;
  ctx.beginPath();
  ctx.roundRect(ratio, ratio, s - 2 * ratio, s - 2 * ratio, 4 * ratio);
  ctx.fill();
  ctx.stroke();
  ctx.fillStyle = '#ffffff';
  ctx.font = `bold ${13 * ratio}px "Noto Sans CJK SC", "Noto Serif CJK SC", sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText('站', s / 2, s / 2 + ratio);
  return ctx.getImageData(0, 0, s, s);
}

/** Name labels: subdistricts (large) and grids (small), drawn as images like the badges. */
export const LABEL_TONES = { s: 15, g: 11 } as const;
export type LabelTone = keyof typeof LABEL_TONES;

/** Image id of a name label: `label:<tone>:<name>`. */
export const labelImage = (name: ExpressionSpecification, tone: LabelTone) =>
  ['concat', `label:${tone}:`, name] as ExpressionSpecification;

/** Parses a label id back; null for any other image id. Names are capped at 40 characters. */
export function parseLabelId(id: string): { tone: LabelTone; text: string } | null {
  const m = /^label:(s|g):(.{1,40})$/u.exec(id);
  return m ? { tone: m[1] as LabelTone, text: m[2]! } : null;
}

function drawLabel(text: string, tone: LabelTone, ratio: number) {
  const size = LABEL_TONES[tone] * ratio;
  const font = `${tone === 's' ? 'bold ' : ''}${size}px "Noto Sans CJK SC", "Noto Serif CJK SC", sans-serif`;
  const [, probe] = canvas(1, 1);
  probe.font = font;
  const halo = 3 * ratio;
  const w = Math.ceil(probe.measureText(text).width + 2 * halo);
  const h = Math.ceil(size * 1.3 + 2 * halo);
  const [, ctx] = canvas(w, h);
  ctx.font = font;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.lineWidth = halo;
  ctx.strokeStyle = 'rgba(255,255,255,0.92)';
  ctx.strokeText(text, w / 2, h / 2);
  ctx.fillStyle = tone === 's' ? '#111827' : '#374151';
  ctx.fillText(text, w / 2, h / 2);
  return ctx.getImageData(0, 0, w, h);
}

/** Draws badges and icons on demand for this map. */
export function installImages(map: MapLibreMap) {
  const ratio = Math.min(2, Math.ceil(window.devicePixelRatio || 1));
  map.on('styleimagemissing', (e: { id: string }) => {
    if (map.hasImage(e.id)) return;
    if (e.id === WORKSTATION_ICON) {
      map.addImage(e.id, drawWorkstation(ratio), { pixelRatio: ratio });
      return;
    }
    const label = parseLabelId(e.id);
    if (label) {
      map.addImage(e.id, drawLabel(label.text, label.tone, ratio), { pixelRatio: ratio });
      return;
    }
    const badge = parseBadgeId(e.id);
    if (badge) map.addImage(e.id, drawBadge(badge.label, badge.tone, ratio), { pixelRatio: ratio });
  });
}
