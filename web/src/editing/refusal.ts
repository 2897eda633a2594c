import type { TFunction } from 'i18next';
import { ApiError } from '../api.ts';

/** A refusal as the editor shows it: translated text, and where on the map it happens. */
export interface Refusal {
  text: string;
  /** A GeoJSON Point or (Multi)Polygon from `extensions.where`, drawn on the map. */
  where: unknown;
}

/**
 * Turns a server error into the user's language (issue 13: refusals were raw English API text):
 * the text comes from `extensions.reason` (editing.reasons.*), with names and areas the
 * extensions carry; the server's English message stays only for an unknown reason.
 */
export function describeRefusal(
  e: unknown,
  t: TFunction,
  gridName: (id: string) => string = (id) => id,
): Refusal {
  if (!(e instanceof ApiError)) {
    return { text: t('editing.reasons.UNKNOWN', { detail: String(e) }), where: null };
  }
  const x = e.errors[0]?.extensions ?? {};
  const reason = typeof x.reason === 'string' ? x.reason : String(x.code ?? 'UNKNOWN');
  const gridIds = Array.isArray(x.gridIds) ? (x.gridIds as string[]) : [];
  // A save refused for grids outside the scope names them (a neighbour the edit would change).
  const key = `editing.reasons.${reason}${reason === 'OUT_OF_SCOPE' && gridIds.length ? '_GRIDS' : ''}`;
  const overlaps = Array.isArray(x.overlaps)
    ? (x.overlaps as { name?: string; code?: string; areaM2?: number }[])
    : [];
  const text = t(key, {
    names: [...overlaps.map((o) => o.name ?? o.code), ...gridIds.map(gridName)].join('、'),
    area: Math.round(overlaps.reduce((s, o) => s + (o.areaM2 ?? 0), 0) || Number(x.areaM2 ?? 0)),
    defaultValue: t('editing.reasons.UNKNOWN', { detail: e.errors[0]?.message ?? '' }),
  });
  const who = whoCanText(x.whoCan, t);
  return {
    text: who ? t('editing.whoCan.after', { text, who }) : text,
    where: x.where ?? null,
  };
}

interface WhoCan {
  managers?: { gridName?: string; names?: string[] }[];
  administrators?: string[];
}

/** "Who can" of an out-of-scope refusal: the refused grids' managers, the subdistrict's administrators. */
function whoCanText(v: unknown, t: TFunction): string {
  if (!v || typeof v !== 'object') return '';
  const w = v as WhoCan;
  const parts = (w.managers ?? [])
    .filter((m) => m.names?.length)
    .map((m) => t('editing.whoCan.manager', { grid: m.gridName, names: m.names!.join('、') }));
  if (w.administrators?.length) {
    parts.push(t('editing.whoCan.administrators', { names: w.administrators.join('、') }));
  }
  return parts.length
    ? t('editing.whoCan.line', { who: parts.join(t('editing.whoCan.separator')) })
    : '';
}
