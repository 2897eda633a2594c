import { useTranslation } from 'react-i18next';
import type { OrgStatus } from '../__generated__/graphql.ts';

/** An organization's operating statuses, in the order the forms offer them. */
const STATUSES: OrgStatus[] = ['OPERATING', 'SUSPENDED', 'ZOMBIE', 'DEREGISTERED'];

/** The `<option>`s of a status select (the add and the edit form), named in the UI's language. */
export function StatusOptions() {
  const { t } = useTranslation();
  return STATUSES.map((s) => (
    <option key={s} value={s}>
      {t(`status.${s}`)}
    </option>
  ));
}
