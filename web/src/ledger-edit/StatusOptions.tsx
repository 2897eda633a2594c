import { useTranslation } from 'react-i18next';
import type { OrgStatus } from '../__generated__/graphql.ts';

/** An organization's operating statuses, in the order the forms offer them. */
const STATUSES: OrgStatus[] = ['OPERATING', 'SUSPENDED', 'ZOMBIE', 'DEREGISTERED'];

/** The `<option>`s of a status select, named in the UI's language. */
function StatusOptions() {
  const { t } = useTranslation();
  return STATUSES.map((s) => (
    <option key={s} value={s}>
      {t(`status.${s}`)}
    </option>
  ));
}

/** The status field of the add and the edit organization form: its label and the select. */
export function StatusField(props: {
  label: string;
  value: OrgStatus;
  onChange: (status: OrgStatus) => void;
  testId?: string;
}) {
  return (
    <label className="field">
      <span>{props.label}</span>
      <select
        value={props.value}
        data-testid={props.testId}
        onChange={(e) => props.onChange(e.target.value as OrgStatus)}
      >
        <StatusOptions />
      </select>
    </label>
  );
}
