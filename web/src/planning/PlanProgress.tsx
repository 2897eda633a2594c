import { useTranslation } from 'react-i18next';

/** While a plan runs: the seconds so far and a cancel button (the server stops the search too). */
export function PlanProgress({
  plan,
}: {
  plan: {
    loading: boolean;
    error?: string;
    cancelled?: boolean;
    seconds: number;
    cancel: () => void;
  };
}) {
  const { t } = useTranslation();
  return (
    <>
      {plan.loading && (
        <p className="planning-progress">
          {t('planning.loading')} {t('planning.seconds', { n: plan.seconds })}{' '}
          <button onClick={plan.cancel} data-testid="planning-cancel">
            {t('planning.cancel')}
          </button>
        </p>
      )}
      {plan.cancelled && <p className="planning-note">{t('planning.cancelled')}</p>}
      {plan.error && <p className="error">{plan.error}</p>}
    </>
  );
}
