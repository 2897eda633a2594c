import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { industryName, INDUSTRY_CODES } from '../i18n/industries.ts';
import { useRequest } from '../use-request.ts';
import { CATEGORIES, SIZE_CLASSES, STATUSES, type Filters } from '../view/view-state.ts';
import { SearchQuery } from './panel-queries.ts';

/** Search by name or credit code: picking a result flies there and opens its card. */
export function Search(props: { onPick(id: string, lonLat: [number, number] | null): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [debounced, setDebounced] = useState('');
  useEffect(() => {
    const h = setTimeout(() => setDebounced(text.trim()), 250);
    return () => clearTimeout(h);
  }, [text]);
  const { data } = useRequest(SearchQuery, debounced.length >= 2 ? { text: debounced } : null);
  const hits = debounced.length >= 2 ? data?.organizations.nodes : undefined;
  return (
    <section className="search">
      <input
        type="search"
        data-testid="search"
        placeholder={t('search.placeholder')}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      {hits && (
        <ul className="hits" data-testid="search-hits">
          {hits.length === 0 && <li className="muted">{t('search.none')}</li>}
          {hits.map((h) => {
            const c =
              (h.location as { coordinates?: [number, number] } | null)?.coordinates ?? null;
            return (
              <li key={h.id}>
                <a onClick={() => props.onPick(h.id, c)}>{h.name}</a>
                {h.uscc && <small> {h.uscc}</small>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

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
