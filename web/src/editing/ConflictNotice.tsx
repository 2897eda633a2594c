import { useTranslation } from 'react-i18next';

/** What the server says in `extensions` of a CONFLICT (server/src/editing/grids.sql.ts). */
export interface ConflictInfo {
  currentVersion: number;
  expectedVersion: number;
  updatedBy: string | null;
  updatedAt: string;
  currentBoundary: unknown;
}

/** A stale save: who changed the grid and when; reload and reapply, or reload and discard. */
export function ConflictNotice(props: { info: ConflictInfo; onReapply(): void; onReload(): void }) {
  const { t } = useTranslation();
  const { info } = props;
  return (
    <div className="editing-conflict" role="alert" data-testid="edit-conflict">
      <p>
        {t('editing.conflict', {
          who: info.updatedBy ?? '?',
          when: new Date(info.updatedAt).toLocaleString(),
          current: info.currentVersion,
          expected: info.expectedVersion,
        })}
      </p>
      <button data-testid="edit-reapply" onClick={props.onReapply}>
        {t('editing.reapply')}
      </button>{' '}
      <button data-testid="edit-reload" onClick={props.onReload}>
        {t('editing.reload')}
      </button>
    </div>
  );
}
