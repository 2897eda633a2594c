import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapOrgStatus } from '../__generated__/graphql.ts';
import { STATUS_COLORS } from '../cards/status.ts';

/**
 * How a change would move an organization's coverage (the move and the edit previews): the status
 * before and after as coloured badges, then anything the preview adds.
 */
export function CoverageChange(props: {
  before: MapOrgStatus;
  after: MapOrgStatus;
  testId: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const badge = (status: MapOrgStatus) => (
    <span className="status" style={{ background: STATUS_COLORS[status] }}>
      {t(`coverage.${status}`)}
    </span>
  );
  return (
    <p className="coverage-change" data-testid={props.testId}>
      {t('ledgerEdit.coverage')}
      {badge(props.before)}→{badge(props.after)}
      {props.children}
    </p>
  );
}
