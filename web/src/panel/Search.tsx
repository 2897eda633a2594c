import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupedSearchQuery } from '../__generated__/graphql.ts';
import { useRequest } from '../use-request.ts';
import { SearchQuery } from './panel-queries.ts';
import './search-i18n.ts';
import './search.css';

type Results = GroupedSearchQuery['search'];
type GroupKey = Exclude<keyof Results, 'text' | '__typename'>;
type Hit = Results[GroupKey]['hits'][number];

/** The groups in the order they are listed. */
const GROUPS: readonly GroupKey[] = [
  'organizations',
  'grids',
  'subdistricts',
  'buildings',
  'centers',
];
/** Characters before a search is sent (the server refuses fewer: schema/search.graphql). */
const MIN_CHARS = 2;
/** Grids and subdistricts become the scope (fitted, as the breadcrumb does); the rest are flown to. */
const isArea = (id: string) => id.startsWith('Grid:') || id.startsWith('Subdistrict:');

/**
 * Grouped search (issue 15, item 4): organizations by name, partial credit code or address,
 * grids/communities, subdistricts, buildings and service centers. Picking a hit closes the list:
 * a grid or subdistrict becomes the scope, anything else is flown to and selected. Escape, or a
 * click elsewhere, closes the list; typing or focusing the box opens it again. Arrow keys move
 * through the hits, Enter picks the highlighted one.
 */
export function Search(props: {
  onPick(id: string, lonLat: [number, number] | null): void;
  onScope(id: string): void;
  /**
   * The scope below the district the view is on (a subdistrict or grid), or null: the search
   * looks only there, and the list offers to search the whole district.
   */
  within?: { id: string; name: string } | null;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [debounced, setDebounced] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const box = useRef<HTMLElement>(null);
  useEffect(() => {
    const h = setTimeout(() => setDebounced(text.trim()), 250);
    return () => clearTimeout(h);
  }, [text]);
  // 全区: search the whole district instead of the scope (until the scope changes).
  const [wide, setWide] = useState(false);
  const within = props.within ?? null;
  useEffect(() => setWide(false), [within?.id]);
  const scope = within && !wide ? within.id : null;
  const enough = [...debounced].length >= MIN_CHARS;
  const { data, loading, error } = useRequest(
    SearchQuery,
    enough ? { text: debounced, scope } : null,
  );
  const results = enough && data?.search.text === debounced ? data.search : undefined;
  const flat = useMemo(() => (results ? GROUPS.flatMap((g) => results[g].hits) : []), [results]);

  // A click outside the search closes the list.
  useEffect(() => {
    if (!open) return;
    const outside = (e: MouseEvent) => {
      if (box.current && !box.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [open]);

  const pick = (h: Hit) => {
    setOpen(false);
    if (isArea(h.id)) props.onScope(h.id);
    else props.onPick(h.id, h.lon != null && h.lat != null ? [h.lon, h.lat] : null);
  };

  const onKey = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      // The first Escape closes the list and keeps the text (a search box would clear it);
      // with the list closed, Escape clears the box as usual.
      if (open && text.trim()) e.preventDefault();
      setOpen(false);
      return;
    }
    if (!open || !flat.length) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + flat.length) % flat.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      pick(flat[Math.min(active, flat.length - 1)]!);
    }
  };

  const typed = text.trim().length > 0;
  const showList = open && typed;
  let index = 0;
  return (
    <section className="search grouped-search" ref={box} onKeyDown={onKey}>
      <input
        type="search"
        data-testid="search"
        aria-label={t('groupedSearch.label')}
        placeholder={t('groupedSearch.placeholder')}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
      />
      {showList && (
        <div
          className="search-hits"
          data-testid="search-hits"
          aria-label={t('groupedSearch.results')}
        >
          {within && (
            <p className="search-scope muted" data-testid="search-scope">
              {wide
                ? t('groupedSearch.everywhere')
                : t('groupedSearch.within', { name: within.name })}{' '}
              <button
                type="button"
                className="link"
                data-testid="search-widen"
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => setWide((w) => !w)}
              >
                {wide ? t('groupedSearch.narrow', { name: within.name }) : t('groupedSearch.widen')}
              </button>
            </p>
          )}
          {[...text.trim()].length < MIN_CHARS ? (
            <p className="muted">{t('groupedSearch.tooShort')}</p>
          ) : error ? (
            <p className="error">{error}</p>
          ) : !results ? (
            <p className="muted">
              {loading || text.trim() !== debounced ? t('groupedSearch.searching') : ''}
            </p>
          ) : flat.length === 0 ? (
            <p className="muted" data-testid="search-none">
              {t('groupedSearch.none')}
            </p>
          ) : (
            GROUPS.filter((g) => results[g].totalCount > 0).map((g) => {
              const group = results[g];
              const more = group.totalCount - group.hits.length;
              return (
                <div key={g} className="search-group" data-testid={`search-group-${g}`}>
                  <h4>
                    {t(`groupedSearch.groups.${g}`)}{' '}
                    <span className="count" data-testid={`search-count-${g}`}>
                      {group.totalCount.toLocaleString()}
                    </span>
                  </h4>
                  <ul>
                    {group.hits.map((h) => {
                      const i = index++;
                      return (
                        <li
                          key={h.id}
                          className={i === active ? 'active' : undefined}
                          onMouseEnter={() => setActive(i)}
                          onClick={() => pick(h)}
                        >
                          <a data-testid="search-hit" data-id={h.id}>
                            <Marked text={h.name} q={results.text} />
                          </a>
                          <small>
                            {h.matched !== 'NAME' && (
                              <span className="matched">
                                {t(`groupedSearch.matched.${h.matched}`)}
                              </span>
                            )}
                            {h.detail && (
                              <span>
                                <Marked text={h.detail} q={results.text} />
                              </span>
                            )}
                            {h.matched === 'ADDRESS' && h.address && (
                              <span>
                                <Marked text={h.address} q={results.text} />
                              </span>
                            )}
                          </small>
                        </li>
                      );
                    })}
                  </ul>
                  {more > 0 && <p className="muted more">{t('groupedSearch.more', { n: more })}</p>}
                </div>
              );
            })
          )}
        </div>
      )}
    </section>
  );
}

/** `text` with the searched part marked (case ignored): why a hit matched, at a glance. */
function Marked({ text, q }: { text: string; q: string }) {
  const i = text.toLowerCase().indexOf(q.toLowerCase());
  if (i < 0 || text.length !== text.toLowerCase().length) return <>{text}</>;
  return (
    <>
      {text.slice(0, i)}
      <mark>{text.slice(i, i + q.length)}</mark>
      {text.slice(i + q.length)}
    </>
  );
}
