import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizationFilter } from '../__generated__/graphql.ts';
import { useRequest } from '../use-request.ts';
import { SummaryQuery } from './panel-queries.ts';

export const percent = (v: number | null | undefined) =>
  v == null ? '—' : `${(v * 100).toFixed(1)}%`;

/** Distance to a target in percentage points (0 when met). */
export function pointsToTarget(value: number | null | undefined, min: number): number {
  if (value == null) return Math.round(min * 1000) / 10;
  return Math.max(0, Math.round((min - value) * 1000) / 10);
}

/**
 * The coverage summary of the scope under the profile, with its targets (met / distance); with
 * a filter on, of the organizations the filter keeps (as the map's points, choropleth and lists),
 * and it says so.
 */
export function Summary({
  scope,
  filter,
}: {
  scope: string | null;
  filter?: OrganizationFilter | null;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const { data, error } = useRequest(SummaryQuery, { scope, filter: filter ?? null });
  const s = data?.coverageSummary;
  // The profile by its name in the UI's language (the key is for the API).
  const profile = data?.policyProfiles.find((p) => p.key === s?.profile);
  const profileName = profile ? (lang === 'en' ? profile.nameEn : profile.name) : s?.profile;
  return (
    <section data-testid="summary">
      <h3>{t('summary.title')}</h3>
      {error && <p className="error">{error}</p>}
      {s && (
        <>
          <p className="muted">{t('summary.profile', { profile: profileName })}</p>
          {s.filtered && (
            <p className="summary-filtered" data-testid="summary-filtered">
              {t('summary.filtered')}
            </p>
          )}
          <div className="figures">
            <Figure label={t('summary.organizations')} value={s.total} testId="summary-total" />
            <Figure
              label={t('summary.rate')}
              value={percent(s.organizationalRate)}
              testId="summary-rate"
            />
            <Figure label={t('summary.organizational')} value={s.organizational} />
            <Figure label={t('summary.work')} value={s.work} />
            <Figure label={t('summary.blankSpots')} value={s.blankSpots} />
            <Figure label={t('summary.gaps')} value={s.gaps} />
          </div>
          <ul className="targets">
            {s.targets.map((x) => (
              <li
                key={x.id}
                className={x.value == null ? 'none' : x.met ? 'met' : 'unmet'}
                data-testid="summary-target"
              >
                {x.label[lang]}: {percent(x.value)} /{' '}
                {t('summary.target', { target: percent(x.min) })} ·{' '}
                {x.value == null
                  ? t('summary.noneToCount') // nothing to count is no success either
                  : x.met
                    ? t('summary.met')
                    : t('summary.distance', { points: pointsToTarget(x.value, x.min) })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** One figure of the summary: its label and the number in bold. */
function Figure(props: { label: string; value: ReactNode; testId?: string }) {
  return (
    <span>
      {props.label} <b data-testid={props.testId}>{props.value}</b>
    </span>
  );
}
