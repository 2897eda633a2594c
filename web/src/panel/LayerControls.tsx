import { useTranslation } from 'react-i18next';
import { BADGE_TONES } from '../map/badges.ts';
import { COLORS, LEVEL_COLORS } from '../map/layers/palette.ts';
import type { RateClass } from '../map/rate-scale.ts';
import { LAYER_KEYS, WALKS, type LayerKey, type Walk } from '../view/view-state.ts';

const LABELS: Record<LayerKey, string> = {
  grids: 'layers.grids',
  blank: 'layers.blankSpots',
  joint: 'layers.joint',
  ws: 'layers.workstations',
  centers: 'layers.centers',
};

/** Layer toggles, the circle reach switch, and the legend of what is switched on. */
export function LayerControls(props: {
  layers: LayerKey[];
  walk: Walk;
  jointUnitLimit: number;
  /** The choropleth's classes as the map draws them. */
  rateClasses: readonly RateClass[];
  onLayers(l: LayerKey[]): void;
  onWalk(w: Walk): void;
}) {
  const { t, i18n } = useTranslation();
  const on = (k: LayerKey) => props.layers.includes(k);
  const toggle = (k: LayerKey) =>
    props.onLayers(on(k) ? props.layers.filter((x) => x !== k) : [...props.layers, k]);
  const swatch = (color: string, round = false) => (
    <span className={round ? 'dot' : 'swatch'} style={{ background: color }} />
  );
  const badge = (tone: keyof typeof BADGE_TONES, text: string) => (
    <span className="badge" style={{ background: BADGE_TONES[tone] }}>
      {text}
    </span>
  );
  return (
    <section>
      <h3>{t('layers.title')}</h3>
      {LAYER_KEYS.map((k) => (
        <label key={k} className="toggle">
          <input
            type="checkbox"
            data-testid={`layer-${k}`}
            checked={on(k)}
            onChange={() => toggle(k)}
          />
          {t(LABELS[k])}
        </label>
      ))}
      {on('centers') && (
        <div className="reach" data-testid="reach">
          {t('reach.label')}
          {i18n.language === 'en' ? ': ' : '：'}
          {WALKS.map((w) => (
            <label key={w}>
              <input
                type="radio"
                name="walk"
                data-testid={`walk-${w}`}
                checked={props.walk === w}
                onChange={() => props.onWalk(w)}
              />
              {t(w === 0 ? 'reach.own' : w === 5 ? 'reach.walk5' : 'reach.walk15')}
            </label>
          ))}
        </div>
      )}
      <div className="legend" data-testid="legend">
        {on('grids') && (
          <div>
            <strong>{t('legend.rate')}</strong>
            <div className="classes">
              {props.rateClasses.map((c, i, all) => (
                <span key={c.min} data-testid="legend-class">
                  {swatch(c.color)}
                  {Math.round(c.min * 100)}
                  {i < all.length - 1 ? `–${Math.round(all[i + 1]!.min * 100)}%` : '%+'}
                </span>
              ))}
              <span>
                {swatch(COLORS.noOrgs)}
                {t('legend.noOrgs')}
              </span>
            </div>
          </div>
        )}
        <div>
          <span className="swatch outline" style={{ borderColor: COLORS.scope }} />
          {t('legend.scope')}
        </div>
        {on('blank') && (
          <div data-testid="legend-blank">
            {swatch(COLORS.blankSpot, true)}
            {t('legend.blankSpot')} {swatch(COLORS.gap, true)}
            {t('legend.gap')}
            <div className="muted">{t('legend.blankWins')}</div>
          </div>
        )}
        {(on('blank') || on('centers')) && (
          <div data-testid="legend-badge">
            {badge('dark', '12')} {t('legend.cellCount')}
          </div>
        )}
        {on('joint') && (
          <div>
            {swatch(COLORS.joint)}
            {t('layers.joint')} {badge('joint', '8')} {t('legend.units')} {badge('alert', '17')}{' '}
            {t('legend.overLimit', { limit: props.jointUnitLimit })}
          </div>
        )}
        {on('ws') && (
          <div>
            <span className="badge square" style={{ background: COLORS.workstation }}>
              站
            </span>{' '}
            {t('legend.workstation')}
          </div>
        )}
        {on('centers') && (
          <div>
            {Object.entries(LEVEL_COLORS).map(([level, color]) => (
              <span key={level}>
                {swatch(color, true)}
                {t(`level.${level}`)}{' '}
              </span>
            ))}
            <span>
              {swatch(COLORS.outside, true)}
              {t('legend.outside')} <small className="muted">{t('legend.outsideZoom')}</small>
            </span>
          </div>
        )}
      </div>
    </section>
  );
}
