import { useTranslation } from 'react-i18next';
import { COLORS, LEVEL_COLORS, RATE_CLASSES } from '../map/layers/palette.ts';
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
  onLayers(l: LayerKey[]): void;
  onWalk(w: Walk): void;
}) {
  const { t } = useTranslation();
  const on = (k: LayerKey) => props.layers.includes(k);
  const toggle = (k: LayerKey) =>
    props.onLayers(on(k) ? props.layers.filter((x) => x !== k) : [...props.layers, k]);
  const swatch = (color: string, round = false) => (
    <span className={round ? 'dot' : 'swatch'} style={{ background: color }} />
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
          {t('reach.label')}：
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
              {RATE_CLASSES.map((c, i) => (
                <span key={c.min}>
                  {swatch(c.color)}
                  {Math.round(c.min * 100)}
                  {i < RATE_CLASSES.length - 1
                    ? `–${Math.round(RATE_CLASSES[i + 1]!.min * 100)}%`
                    : '%+'}
                </span>
              ))}
              <span>
                {swatch(COLORS.noOrgs)}
                {t('legend.noOrgs')}
              </span>
            </div>
          </div>
        )}
        {on('blank') && (
          <div>
            {swatch(COLORS.blankSpot, true)}
            {t('legend.blankSpot')} {swatch(COLORS.gap, true)}
            {t('legend.gap')}
          </div>
        )}
        {on('joint') && (
          <div>
            {swatch(COLORS.joint)}
            {t('layers.joint')} {swatch(COLORS.jointOver)}
            {t('legend.overLimit', { limit: props.jointUnitLimit })}
          </div>
        )}
        {on('ws') && (
          <div>
            {swatch(COLORS.workstation)}
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
