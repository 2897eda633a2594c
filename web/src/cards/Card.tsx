import { useTranslation } from 'react-i18next';
import { BuildingCard } from './BuildingCard.tsx';
import { NodeCard } from './NodeCard.tsx';
import { OrgCard } from './OrgCard.tsx';

/** The card of whatever is selected, by the type of its global id. */
export function Card(props: {
  id: string;
  jointUnitLimit: number;
  onSelect(id: string | null): void;
  onScope(id: string): void;
}) {
  const { t } = useTranslation();
  const type = props.id.split(':')[0];
  const select = (id: string) => props.onSelect(id);
  return (
    <aside className="card" data-testid="card">
      <button className="close" aria-label={t('card.close')} onClick={() => props.onSelect(null)}>
        ×
      </button>
      {type === 'Organization' && <OrgCard id={props.id} onSelect={select} />}
      {type === 'Building' && <BuildingCard id={props.id} onSelect={select} />}
      {(type === 'PartyOrganization' || type === 'ServiceCenter' || type === 'Grid') && (
        <NodeCard
          id={props.id}
          jointUnitLimit={props.jointUnitLimit}
          onSelect={select}
          onScope={props.onScope}
        />
      )}
    </aside>
  );
}
