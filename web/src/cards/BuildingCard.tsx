import { useTranslation } from 'react-i18next';
import { History } from '../history/History.tsx';
import { MoveWorkstation } from '../ledger-edit/MovePoint.tsx';
import { OpenWorkstation } from '../ledger-edit/OpenWorkstation.tsx';
import { WorkstationEditor } from '../ledger-edit/PlaceEditor.tsx';
import { useRequest } from '../use-request.ts';
import { BuildingCardQuery } from './card-queries.ts';
import { STATUS_COLORS, statusOf } from './status.ts';

/** A building (with its workstation) and the organizations in it with their coverage. */
export function BuildingCard({ id, onSelect }: { id: string; onSelect(id: string): void }) {
  const { t } = useTranslation();
  const { data, error } = useRequest(BuildingCardQuery, { id });
  const b = data?.building;
  if (error) return <p className="error">{error}</p>;
  if (!b) return <p>{t('app.loading')}</p>;
  const orgs = b.organizations;
  return (
    <div data-testid="building-card">
      <h2>{b.name}</h2>
      {b.workstation && (
        <p className="status" style={{ background: '#1d4ed8' }}>
          {b.workstation.name}
        </p>
      )}
      {b.workstation && <WorkstationEditor buildingId={id} />}
      {b.workstation && <MoveWorkstation buildingId={id} />}
      {b.workstation && <History id={b.workstation.id} />}
      {!b.workstation && <OpenWorkstation buildingId={id} />}
      <p>{b.address}</p>
      <h3>{t('card.organizations', { count: orgs.totalCount })}</h3>
      <ul className="org-list" data-testid="building-orgs">
        {orgs.nodes.map((o) => {
          const s = statusOf(o.coverage);
          return (
            <li key={o.id}>
              <span className="dot" style={{ background: STATUS_COLORS[s] }} />
              <a onClick={() => onSelect(o.id)}>{o.name}</a>
              <small> {t(`coverage.${s}`)}</small>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
