import { useTranslation } from 'react-i18next';
import type { Hover } from '../map/MapView.tsx';
import { percent } from '../panel/Summary.tsx';

/** What the pointer is over: a grid's name, code and rate, or a point's name and counts. */
export function Tooltip({ hover }: { hover: Hover | null }) {
  const { t } = useTranslation();
  if (!hover) return null;
  const p = hover.feature.properties as Record<string, unknown>;
  const layer = hover.feature.layer.id;
  let lines: string[];
  if (layer === 'grids-fill') {
    lines = [
      String(p.name),
      t('hover.code', { code: p.code }),
      typeof p.rate === 'number' ? t('hover.rate', { rate: percent(p.rate) }) : t('hover.noRate'),
      t('count.blank', { count: Number(p.blankSpots ?? 0) }),
    ];
  } else if (p.part === 'cell') {
    lines = [
      t('count.joint', { count: Number(p.branches) }),
      t('count.units', { count: Number(p.units) }),
    ];
  } else if (p.kind === 'cell') {
    lines = [
      t('count.orgs', { count: Number(p.count) }),
      t('count.blank', { count: Number(p.blankSpots ?? 0) }),
      t('count.gaps', { count: Number(p.gaps ?? 0) }),
    ];
  } else if (layer === 'workstations-symbol') {
    lines = [String(p.name), t('count.orgs', { count: Number(p.organizations) })];
  } else {
    lines = [String(p.memberName ?? p.name ?? '')];
    if (p.status) lines.push(t(`coverage.${String(p.status)}`));
  }
  return (
    <div
      className="tooltip"
      data-testid="tooltip"
      style={{ left: hover.x + 14, top: hover.y + 14 }}
    >
      {lines.map((l, i) => (i === 0 ? <b key={i}>{l}</b> : <div key={i}>{l}</div>))}
    </div>
  );
}
