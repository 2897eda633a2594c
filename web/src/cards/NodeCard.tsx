import { useTranslation } from 'react-i18next';
import { History } from '../history/History.tsx';
import { industryName } from '../i18n/industries.ts';
import { LedgerCheck } from '../ledger-edit/LedgerCheck.tsx';
import { MoveCenter } from '../ledger-edit/MovePoint.tsx';
import { CenterEditor } from '../ledger-edit/PlaceEditor.tsx';
import { useRequest } from '../use-request.ts';
import { NodeCardQuery } from './card-queries.ts';

const pct = (v: number | null | undefined) => (v == null ? '—' : `${(v * 100).toFixed(1)}%`);

/** Joint branch, service center or grid, read through `node(id)`. */
export function NodeCard(props: {
  id: string;
  jointUnitLimit: number;
  onSelect(id: string): void;
  onScope(id: string): void;
}) {
  const { t, i18n } = useTranslation();
  const { data, error } = useRequest(NodeCardQuery, { id: props.id });
  const n = data?.node;
  if (error) return <p className="error">{error}</p>;
  if (!n) return <p>{t('app.loading')}</p>;
  if (n.__typename === 'PartyOrganization') {
    const over = n.unitCount > props.jointUnitLimit;
    return (
      <div data-testid="joint-card">
        <h2>{n.name}</h2>
        {over && (
          <p className="status" style={{ background: '#b91c1c' }}>
            {t('card.overLimit', { limit: props.jointUnitLimit })}
          </p>
        )}
        <p>
          {t('card.partyMembers')}: {n.memberCount}
        </p>
        <h3>{t('card.members', { count: n.unitCount })}</h3>
        <ul className="org-list">
          {n.units.map((u) => (
            <li key={u.id}>
              <a onClick={() => props.onSelect(u.id)}>{u.name}</a>
              <small>
                {' '}
                {industryName(u.industry, i18n.language)} · {u.employees}
              </small>
            </li>
          ))}
        </ul>
        <History id={props.id} />
      </div>
    );
  }
  if (n.__typename === 'ServiceCenter') {
    return (
      <div data-testid="center-card">
        <h2>{n.name}</h2>
        <p>
          {t('card.level')}: {t(`level.${n.level}`)} · {n.floorAreaM2 ?? '—'} m²
        </p>
        <p>{t('card.radius', { meters: n.serviceRadiusM })}</p>
        <p>{n.address}</p>
        <CenterEditor id={props.id} />
        <MoveCenter id={props.id} />
        <History id={props.id} />
      </div>
    );
  }
  if (n.__typename === 'Grid') {
    const s = n.coverageSummary;
    return (
      <div data-testid="grid-card">
        <h2>{n.name}</h2>
        <p>{t('hover.code', { code: n.code })}</p>
        <p data-testid="grid-managers">
          {t('card.manager')}: <GridManagers name={n.managerName} accounts={n.managers} />
        </p>
        <dl>
          <dt>{t('card.rate')}</dt>
          <dd>{pct(s.organizationalRate)}</dd>
          <dt>{t('summary.organizations')}</dt>
          <dd>{s.total}</dd>
          <dt>{t('summary.blankSpots')}</dt>
          <dd>{s.blankSpots}</dd>
          <dt>{t('summary.gaps')}</dt>
          <dd>{s.gaps}</dd>
        </dl>
        <button onClick={() => props.onScope(props.id)}>{t('card.selectScope')}</button>
        <LedgerCheck gridId={props.id} onSelect={props.onSelect} />
        <History id={props.id} />
      </div>
    );
  }
  return null;
}

/**
 * The grid's manager (issue 13: the card said "—" for a grid that has one): the name on record and
 * the users whose scope is the grid (the server sends them only to those who may see them).
 */
function GridManagers(props: {
  name: string | null | undefined;
  accounts: readonly { id: string; username: string; displayName: string }[] | null | undefined;
}) {
  const accounts = props.accounts ?? [];
  if (!props.name && accounts.length === 0) return <>—</>;
  return (
    <>
      {props.name}
      {accounts.map((a, i) => (
        <span key={a.id} title={a.username} data-testid="grid-manager">
          {i > 0 || props.name ? '、' : ''}
          {a.displayName}
        </span>
      ))}
    </>
  );
}
