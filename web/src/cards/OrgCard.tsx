import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { industryName } from '../i18n/industries.ts';
import { History } from '../history/History.tsx';
import { MoveOrganization } from '../ledger-edit/MovePoint.tsx';
import { OrgEditor } from '../ledger-edit/OrgEditor.tsx';
import { useRequest } from '../use-request.ts';
import { OrgCardQuery } from './card-queries.ts';
import { JoinCandidates } from './JoinCandidates.tsx';
import { STATUS_COLORS, statusOf } from './status.ts';

/**
 * An organization's facts and the reasons of its coverage status; those allowed to change it get
 * an edit form (issue 16), and the card reloads after a save so its reasons follow.
 */
export function OrgCard(props: { id: string; onSelect(id: string): void }) {
  const [saves, setSaves] = useState(0);
  const [editing, setEditing] = useState(false);
  const done = (saved: boolean) => {
    setEditing(false);
    if (saved) setSaves(saves + 1);
  };
  return (
    <OrgCardBody
      key={`${props.id}:${saves}`}
      {...props}
      editing={editing}
      onEdit={() => setEditing(true)}
      onDone={done}
    />
  );
}

function OrgCardBody({
  id,
  onSelect,
  editing,
  onEdit,
  onDone,
}: {
  id: string;
  onSelect(id: string): void;
  editing: boolean;
  onEdit(): void;
  onDone(saved: boolean): void;
}) {
  const { t, i18n } = useTranslation();
  const { data, error } = useRequest(OrgCardQuery, { id });
  const o = data?.organization;
  if (error) return <p className="error">{error}</p>;
  if (!o) return <p>{t('app.loading')}</p>;
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const status = statusOf(o.coverage);
  const mass = [
    o.hasTradeUnion && '工会',
    o.hasYouthLeague && '共青团',
    o.hasWomensFederation && '妇联',
  ]
    .filter(Boolean)
    .join('、');
  const unmet = o.coverage.requirements.filter((r) => !r.met);
  return (
    <div data-testid="org-card">
      <h2>{o.name}</h2>
      <p className="status" style={{ background: STATUS_COLORS[status] }} data-testid="org-status">
        {t(`coverage.${status}`)}
      </p>
      {o.canEdit && !editing && (
        <button className="card-edit-button" data-testid="org-edit-button" onClick={onEdit}>
          {t('ledgerEdit.edit')}
        </button>
      )}
      {o.canEdit && !editing && <MoveOrganization id={o.id} onDone={onDone} />}
      {editing && <OrgEditor id={o.id} onDone={onDone} />}
      <h3>{t('card.reasons')}</h3>
      <ul className="reasons" data-testid="org-reasons">
        <li>{o.coverage.summary[lang]}</li>
        {unmet.map((r) => (
          <li key={r.rule}>{r.reason[lang]}</li>
        ))}
      </ul>
      {!o.partyOrganization && !o.coverage.excluded && (
        <JoinCandidates id={o.id} onSelect={onSelect} />
      )}
      <h3>{t('card.facts')}</h3>
      <dl>
        <dt>{t('card.uscc')}</dt>
        <dd>{o.uscc ?? '—'}</dd>
        <dt>{t('card.category')}</dt>
        <dd>{t(`category.${o.category}`)}</dd>
        <dt>{t('card.industry')}</dt>
        <dd>{industryName(o.industry, lang)}</dd>
        <dt>{t('filters.status')}</dt>
        <dd>{t(`status.${o.status}`)}</dd>
        <dt>{t('card.employees')}</dt>
        <dd>{o.employees}</dd>
        <dt>{t('card.partyMembers')}</dt>
        <dd>{o.partyMembers}</dd>
        <dt>{t('card.partyOrganization')}</dt>
        <dd>
          {o.partyOrganization ? (
            <a onClick={() => onSelect(o.partyOrganization!.id)}>{o.partyOrganization.name}</a>
          ) : (
            t('card.none')
          )}
        </dd>
        <dt>{t('card.instructors')}</dt>
        <dd>{o.instructors.map((i) => i.name).join('、') || t('card.none')}</dd>
        <dt>{t('card.massOrgs')}</dt>
        <dd>{mass || t('card.none')}</dd>
        <dt>{t('card.building')}</dt>
        <dd>
          {o.building ? <a onClick={() => onSelect(o.building!.id)}>{o.building.name}</a> : '—'}
        </dd>
        <dt>{t('card.grid')}</dt>
        <dd>{o.grid ? <a onClick={() => onSelect(o.grid!.id)}>{o.grid.name}</a> : '—'}</dd>
        <dt>{t('card.address')}</dt>
        <dd>{o.address ?? '—'}</dd>
      </dl>
      <History id={o.id} />
    </div>
  );
}
