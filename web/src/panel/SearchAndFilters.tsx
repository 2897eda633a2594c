import { useTranslation } from 'react-i18next';
import { industryName, INDUSTRY_CODES } from '../i18n/industries.ts';
import { CATEGORIES, SIZE_CLASSES, STATUSES, type Filters } from '../view/view-state.ts';

/** Filters of the organization layers: category, industry, size class, status. */
export function FilterControls({
  filters,
  onChange,
}: {
  filters: Filters;
  onChange(f: Filters): void;
}) {
  const { t, i18n } = useTranslation();
  const set = <K extends keyof Filters>(k: K, v: string) => {
    const next = { ...filters };
    if (v) next[k] = v as Filters[K];
    else delete next[k];
    onChange(next);
  };
  const select = <K extends keyof Filters>(
    k: K,
    label: string,
    options: readonly string[],
    text: (o: string) => string,
  ) => (
    <label>
      {label}
      <select
        data-testid={`filter-${k}`}
        value={filters[k] ?? ''}
        onChange={(e) => set(k, e.target.value)}
      >
        <option value="">{t('filters.any')}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {text(o)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section className="filters">
      <h3>{t('filters.title')}</h3>
      {select('category', t('filters.category'), CATEGORIES, (o) => t(`category.${o}`))}
      {select('industry', t('filters.industry'), INDUSTRY_CODES, (o) =>
        industryName(o, i18n.language),
      )}
      {select('size', t('filters.sizeClass'), SIZE_CLASSES, (o) => t(`sizeClass.${o}`))}
      {select('status', t('filters.status'), STATUSES, (o) => t(`status.${o}`))}
      {Object.keys(filters).length > 0 && (
        <button onClick={() => onChange({})}>{t('filters.clear')}</button>
      )}
    </section>
  );
}
