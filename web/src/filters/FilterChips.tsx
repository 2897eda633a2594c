import { useTranslation } from 'react-i18next';
import { industryName } from '../i18n/industries.ts';
import type { Filters, Status } from '../view/view-state.ts';
import './filter-chips-i18n.ts';
import './filter-chips.css';

/**
 * Statuses the coverage evaluation leaves out (server policy/evaluate.ts EXCLUDED_STATUSES,
 * seed 000 art. 7): filtering on one empties every coverage layer and list by definition.
 */
const NOT_EVALUATED: readonly Status[] = ['ZOMBIE', 'DEREGISTERED'];

/** The filters in the order the panel's controls show them. */
const KEYS = [
  'category',
  'industry',
  'size',
  'status',
] as const satisfies readonly (keyof Filters)[];

/**
 * What is filtered, as removable chips over the map's top left (issue 15, item 3: nothing on
 * the map said a filter was on), and why the map is empty when the status filter asks for
 * organizations the coverage evaluation leaves out. Renders nothing without a filter.
 */
export function FilterChips({
  filters,
  onChange,
}: {
  filters: Filters;
  onChange(f: Filters): void;
}) {
  const { t, i18n } = useTranslation();
  const sep = i18n.language === 'en' ? ': ' : '：';
  const on = KEYS.filter((k) => filters[k] != null);
  if (!on.length) return null;
  const value = (k: (typeof KEYS)[number]): string => {
    const v = filters[k]!;
    if (k === 'category') return t(`category.${v}`);
    if (k === 'industry') return industryName(v, i18n.language);
    if (k === 'size') return t(`sizeClass.${v}`);
    return t(`status.${v}`);
  };
  const label = (k: (typeof KEYS)[number]) =>
    t(k === 'size' ? 'filters.sizeClass' : `filters.${k}`);
  const remove = (k: (typeof KEYS)[number]) => {
    const next = { ...filters };
    delete next[k];
    onChange(next);
  };
  const excluded = filters.status && NOT_EVALUATED.includes(filters.status);
  return (
    <div className="filter-chips" data-testid="filter-chips">
      <div className="chips">
        <span className="chips-label">{t('filterChips.label')}</span>
        {on.map((k) => {
          const what = `${label(k)}${sep}${value(k)}`;
          return (
            <span key={k} className="chip" data-testid={`filter-chip-${k}`}>
              {what}
              <button
                type="button"
                aria-label={t('filterChips.remove', { what })}
                title={t('filterChips.remove', { what })}
                data-testid={`filter-chip-remove-${k}`}
                onClick={() => remove(k)}
              >
                ×
              </button>
            </span>
          );
        })}
        {on.length > 1 && (
          <button
            type="button"
            className="chips-clear"
            data-testid="filter-chips-clear"
            onClick={() => onChange({})}
          >
            {t('filterChips.clearAll')}
          </button>
        )}
      </div>
      {excluded && (
        <p className="chips-note" data-testid="filter-chips-note" role="note">
          {t('filterChips.excluded')}
        </p>
      )}
    </div>
  );
}
