import { useTranslation } from 'react-i18next';
import { dateTime } from '../i18n/i18n.ts';
import type { GridVersionConflictFieldsFragment } from '../__generated__/graphql.ts';
import { ApiError } from '../api.ts';

/** What the server says in `extensions` of a CONFLICT on a stale save (schema `GridVersionConflict`). */
export type ConflictInfo = GridVersionConflictFieldsFragment;

/** The stale-save details of an error, or null when it is not a grid version conflict. */
export function versionConflict(e: unknown): ConflictInfo | null {
  if (!(e instanceof ApiError) || e.code !== 'CONFLICT') return null;
  const x = e.errors[0]?.extensions ?? {};
  if (
    typeof x.gridId !== 'string' ||
    typeof x.expectedVersion !== 'number' ||
    typeof x.currentVersion !== 'number' ||
    typeof x.updatedAt !== 'string'
  ) {
    return null;
  }
  return {
    gridId: x.gridId,
    expectedVersion: x.expectedVersion,
    currentVersion: x.currentVersion,
    currentBoundary: x.currentBoundary,
    updatedBy: typeof x.updatedBy === 'string' ? x.updatedBy : null,
    updatedAt: x.updatedAt,
  };
}

/** A stale save: who changed the grid and when; reload and reapply, or reload and discard. */
export function ConflictNotice(props: { info: ConflictInfo; onReapply(): void; onReload(): void }) {
  const { t, i18n } = useTranslation();
  const { info } = props;
  return (
    <div className="editing-conflict" role="alert" data-testid="edit-conflict">
      <p>
        {t('editing.conflict', {
          who: info.updatedBy ?? '?',
          when: dateTime(info.updatedAt, i18n.language),
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
