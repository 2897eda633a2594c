import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../api.ts';
import { useMe } from '../auth/auth-gate.tsx';
import { useAtlasMap } from '../map/map-context.tsx';
import { useMapOverlay } from '../map/use-map-overlay.ts';
import { LEDGER_CHANGED } from '../use-request.ts';
import { CreateCenterAtSiteMutation, ServiceCenterSitingQuery } from './planning-queries.ts';
import { flyBesidePanel } from './fly.ts';
import { PlanProgress } from './PlanProgress.tsx';
import { siteFeatures, SITES_OVERLAY } from './sites.layer.ts';
import { usePlan } from './use-plan.ts';

/** The choices offered: how many sites, and their reach (a 5- or 15-minute walk at 80 m/min). */
const COUNTS = [1, 3, 5, 10];
const RADII = [400, 1200];
/** The server's bound on a center's name (places' facts). */
const MAX_NAME = 100;

/**
 * Service-center siting in the planning panel (issue 18 point 2): the K buildings where a new
 * center would cover most of what lies outside every existing circle, greedy with its proven
 * bound, each drawn as a dashed magenta circle next to the real layers and listed with what it
 * newly covers. An administrator accepts a site by naming the center: a preview says how the
 * district's count outside every circle moves, then the center is created through the ledger
 * (audited) and the plan runs again without it.
 */
export function SiteProposals({ scope }: { scope: string }) {
  const { t, i18n } = useTranslation();
  const map = useAtlasMap();
  const me = useMe();
  const [count, setCount] = useState(3);
  const [radiusM, setRadiusM] = useState(400);
  const plan = usePlan(ServiceCenterSitingQuery, { scope, options: { count, radiusM } });
  const siting = plan.data?.serviceCenterSiting;
  const canCreate = me?.role === 'DISTRICT_ADMIN' || me?.role === 'SUBDISTRICT_ADMIN';
  const text = (x: { zh: string; en: string }) => (i18n.language === 'en' ? x.en : x.zh);

  const overlay = useMemo(
    () =>
      siting
        ? siteFeatures(
            siting.sites.map((s, i) => ({
              key: s.buildingId,
              lon: s.lon,
              lat: s.lat,
              radiusM: siting.radiusM,
              label: `${i + 1} · +${s.gainOrganizations}`,
            })),
          )
        : null,
    [siting],
  );
  useMapOverlay(SITES_OVERLAY, overlay);

  return (
    <section data-testid="planning-sites">
      <h4>{t('planning.sites')}</h4>
      <p className="planning-site-options">
        <label>
          {t('planning.sitesCount')}{' '}
          <select
            value={count}
            onChange={(e) => setCount(Number(e.target.value))}
            data-testid="planning-sites-count"
          >
            {COUNTS.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('planning.sitesReach')}{' '}
          <select value={radiusM} onChange={(e) => setRadiusM(Number(e.target.value))}>
            {RADII.map((m) => (
              <option key={m} value={m}>
                {m} m
              </option>
            ))}
          </select>
        </label>
      </p>
      <PlanProgress plan={plan} />
      {siting && (
        <>
          <p data-testid="planning-sites-summary">
            {t('planning.sitesSummary', {
              uncovered: siting.uncoveredOrganizations,
              buildings: siting.uncoveredBuildings,
              n: siting.sites.length,
              covered: Math.round(siting.coveredWeight),
              upper: Math.round(siting.upperBound),
            })}
          </p>
          <ol>
            {siting.sites.map((s) => (
              <li key={s.buildingId} data-testid="planning-site">
                <button onClick={() => flyBesidePanel(map, s.lon, s.lat)}>{s.name}</button>{' '}
                <span data-testid="planning-site-gain">
                  {t('planning.siteGain', {
                    n: s.gainOrganizations,
                    cumulative: Math.round(s.cumulative),
                  })}
                </span>
                <p>{text(s.explanation)}</p>
                {canCreate && (
                  <SiteAccept
                    site={s}
                    radiusM={siting.radiusM}
                    defaultName={t('planning.siteDefaultName', { building: s.name })}
                  />
                )}
              </li>
            ))}
          </ol>
          <p className="planning-note">{t('planning.sitesNote')}</p>
        </>
      )}
    </section>
  );
}

/** Names the new center, previews what it moves (dry run), then creates it. */
function SiteAccept(props: {
  site: { lon: number; lat: number };
  radiusM: number;
  defaultName: string;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(props.defaultName);
  const [state, setState] = useState<{
    busy?: boolean;
    preview?: { before: number; after: number };
    created?: string;
    error?: string;
  }>({});
  const input = {
    facts: { name: name.trim(), level: 'COMMUNITY' as const, serviceRadiusM: props.radiusM },
    location: { lon: props.site.lon, lat: props.site.lat },
  };
  const run = async (dryRun: boolean) => {
    setState((s) => ({ ...s, busy: true, error: undefined }));
    try {
      const r = (await request(CreateCenterAtSiteMutation, { input, dryRun })).createServiceCenter;
      if (dryRun) setState({ preview: { before: r.outsideBefore, after: r.outsideAfter } });
      else {
        setState({ created: r.serviceCenter?.name ?? input.facts.name });
        window.dispatchEvent(new Event(LEDGER_CHANGED)); // the map, the lists and the plan reload
      }
    } catch (e) {
      setState((s) => ({ ...s, busy: false, error: (e as Error).message }));
    }
  };
  /** The preview (a dry run) or the create, once the center has a name. */
  const step = (dryRun: boolean, testId: string, label: string) => (
    <button
      disabled={state.busy || !name.trim()}
      onClick={() => void run(dryRun)}
      data-testid={testId}
    >
      {label}
    </button>
  );
  if (state.created)
    return (
      <p className="planning-accepted" data-testid="planning-site-created">
        {t('planning.siteCreated', { name: state.created })}
      </p>
    );
  return (
    <div className="planning-accept planning-site-accept">
      <input
        className="planning-site-name"
        value={name}
        maxLength={MAX_NAME}
        aria-label={t('planning.siteName')}
        data-testid="planning-site-name"
        onChange={(e) => {
          setName(e.target.value);
          setState({});
        }}
      />
      {state.preview ? (
        <>
          <p data-testid="planning-site-preview">{t('planning.sitePreviewText', state.preview)}</p>
          {step(false, 'planning-site-confirm', t('planning.siteConfirm'))}
        </>
      ) : (
        step(true, 'planning-site-preview-button', t('planning.sitePreview'))
      )}
      {state.error && <p className="error">{state.error}</p>}
    </div>
  );
}
