import { useTranslation } from 'react-i18next';
import type { PreviewGridEditQuery } from '../__generated__/graphql.ts';

export type Preview = PreviewGridEditQuery['previewGridEdit'];
const LISTED = 8;

/**
 * What a save will change, before it is written (issue 13): the grids changed, the neighbours
 * adjusted with them, and the buildings and organizations that change grid, by name. Saving
 * needs a click on "确定保存".
 */
export function EditPreview(props: {
  preview: Preview;
  names: Map<string, string>;
  onConfirm(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const { preview: p, names } = props;
  const name = (id: string | null | undefined) =>
    id ? (names.get(id) ?? id) : t('editing.noGrid');
  const explicit = p.grids.filter((g) => g.explicit).map((g) => g.grid.name);
  const adjusted = p.grids.filter((g) => !g.explicit).map((g) => g.grid.name);
  // Organizations first: they are what the confirmation is about (buildings can fill the list).
  const moves = [
    ...p.organizationMoves.map((m) => ({
      key: `o${m.organizationId}`,
      kind: 'organization',
      ...m,
    })),
    ...p.buildingMoves.map((m) => ({ key: `b${m.buildingId}`, kind: 'building', ...m })),
  ];
  return (
    <div className="editing-dialog" role="dialog" data-testid="edit-preview">
      <h3>{t('editing.previewTitle')}</h3>
      <p>{t('editing.previewGrids', { names: explicit.join('、') })}</p>
      {adjusted.length > 0 && (
        <p data-testid="edit-preview-neighbours">
          {t('editing.previewNeighbours', { names: adjusted.join('、') })}
        </p>
      )}
      <p data-testid="edit-preview-moves">
        {moves.length
          ? t('editing.previewMoves', { buildings: p.buildingCount, orgs: p.organizationCount })
          : t('editing.previewNoMoves')}
      </p>
      {moves.length > 0 && (
        <ul>
          {moves.slice(0, LISTED).map((m) => (
            <li key={m.key}>
              {t('editing.moveLine', {
                kind: t(`editing.${m.kind}`),
                name: m.name,
                from: name(m.fromGridId),
                to: name(m.toGridId),
              })}
            </li>
          ))}
          {moves.length > LISTED && (
            <li>{t('editing.previewMore', { count: moves.length - LISTED })}</li>
          )}
        </ul>
      )}
      <ConfirmButtons label={t('editing.confirm')} {...props} />
    </div>
  );
}

/** A yes/no question in the same place (a merge deletes a grid). */
export function EditConfirm(props: { text: string; onConfirm(): void; onCancel(): void }) {
  const { t } = useTranslation();
  return (
    <div className="editing-dialog" role="dialog" data-testid="edit-confirm-dialog">
      <p>{props.text}</p>
      <ConfirmButtons label={t('editing.merge')} {...props} />
    </div>
  );
}

function ConfirmButtons(props: { label: string; onConfirm(): void; onCancel(): void }) {
  const { t } = useTranslation();
  return (
    <p>
      <button data-testid="edit-confirm" onClick={props.onConfirm}>
        {props.label}
      </button>{' '}
      <button data-testid="edit-cancel" onClick={props.onCancel}>
        {t('editing.cancel')}
      </button>
    </p>
  );
}
