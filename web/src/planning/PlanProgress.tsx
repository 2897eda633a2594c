import { useTranslation } from 'react-i18next';
import type { RunProgress } from './use-plan.ts';

/**
 * While a plan runs: its phase and progress as the server reports them (e.g. 快速分组 3/12 部分 ·
 * 25 %), the seconds so far, and a cancel button (the server stops the search too).
 */
export function PlanProgress({
  plan,
  parts = 'parts',
}: {
  plan: {
    loading: boolean;
    error?: string;
    cancelled?: boolean;
    seconds: number;
    progress?: RunProgress | null;
    cancel: () => void;
  };
  /** What the run's parts are called: parts of the candidates, or subdistricts. */
  parts?: 'parts' | 'subdistricts';
}) {
  const { t } = useTranslation();
  const p = plan.progress;
  const percent = p && p.total > 0 ? Math.floor((100 * p.done) / p.total) : null;
  return (
    <>
      {plan.loading && (
        <div className="planning-progress" data-testid="planning-progress">
          <p>
            {p ? t(`planning.phase.${p.phase}`) : t('planning.loading')}
            {p?.parts != null && p.phase !== 'LOADING' && (
              <>
                {' '}
                <span data-testid="planning-progress-parts">
                  {t(`planning.${parts}`, { done: p.partsDone ?? 0, total: p.parts })}
                </span>
              </>
            )}
            {percent != null && p!.phase !== 'LOADING' && ` · ${percent} %`} ·{' '}
            {t('planning.seconds', { n: plan.seconds })}{' '}
            <button onClick={plan.cancel} data-testid="planning-cancel">
              {t('planning.cancel')}
            </button>
          </p>
          {percent != null && p!.phase !== 'LOADING' && <progress max={100} value={percent} />}
        </div>
      )}
      {plan.cancelled && <p className="planning-note">{t('planning.cancelled')}</p>}
      {plan.error && <p className="error">{plan.error}</p>}
    </>
  );
}
