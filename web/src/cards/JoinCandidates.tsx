import { useTranslation } from 'react-i18next';
import { useRequest } from '../use-request.ts';
import { JoinCandidatesQuery } from './card-queries.ts';

/** Joint branches within 1 km that could take an uncovered organization (seed 000 art. 6). */
export function JoinCandidates({ id, onSelect }: { id: string; onSelect(id: string): void }) {
  const { t } = useTranslation();
  const { data } = useRequest(JoinCandidatesQuery, { id });
  const list = data?.mapJoinCandidates;
  if (!list) return null;
  return (
    <>
      <h3>{t('join.title')}</h3>
      {list.length === 0 && <p className="muted">{t('join.none')}</p>}
      <ul className="org-list" data-testid="join-candidates">
        {list.map((c) => (
          <li key={c.id}>
            <a onClick={() => onSelect(c.id)}>{c.name}</a>
            <small>
              {' '}
              {t('join.detail', {
                meters: Math.round(c.distanceM),
                units: c.unitCount,
                room: c.room,
              })}
              {c.sameIndustry && ` · ${t('join.sameIndustry')}`}
            </small>
          </li>
        ))}
      </ul>
      {list.length > 0 && <p className="muted">{t('join.distanceNote')}</p>}
    </>
  );
}
