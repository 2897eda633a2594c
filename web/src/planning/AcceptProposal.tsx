import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../api.ts';
import { DATA_CHANGED } from '../use-request.ts';
import { AcceptJointBranchMutation } from './planning-queries.ts';

/**
 * The accept button of one proposal (issue 18): nothing is written before it is pressed; then the
 * server founds the joint branch (a new one asks for its formal member count, prefilled with the
 * units' own) or adds the units to the existing branch, through the ledger edits, audited.
 */
export function AcceptProposal(props: {
  proposalKey: string;
  unitIds: string[];
  /** New branch: the units' own formal members (the ledger needs 3 at least). */
  formalMembers?: number;
  /** Joining: the version the plan read. */
  expectedVersion?: number;
  /** Not taken: the proposal leaves the list and the map. */
  onReject?: () => void;
}) {
  const { t } = useTranslation();
  const [members, setMembers] = useState(props.formalMembers ?? 0);
  const [state, setState] = useState<{ busy: boolean; done?: string; error?: string }>({
    busy: false,
  });
  const isNew = props.expectedVersion === undefined;
  const accept = async () => {
    setState({ busy: true });
    try {
      const r = await request(AcceptJointBranchMutation, {
        input: {
          key: props.proposalKey,
          unitIds: props.unitIds,
          ...(isNew ? { memberCount: members } : { expectedVersion: props.expectedVersion }),
        },
      });
      const org = r.acceptJointBranchProposal.partyOrganization;
      setState({ busy: false, done: t('planning.accepted', { name: org?.name ?? '' }) });
      window.dispatchEvent(new Event(DATA_CHANGED)); // the plan and the map reload
    } catch (e) {
      setState({ busy: false, error: (e as Error).message });
    }
  };
  if (state.done) return <p className="planning-accepted">{state.done}</p>;
  return (
    <div className="planning-accept">
      {isNew && (
        <label>
          {t('planning.memberCount')}
          <input
            type="number"
            min={0}
            value={members}
            onChange={(e) => setMembers(Number(e.target.value))}
            data-testid="planning-member-count"
          />
        </label>
      )}
      <button disabled={state.busy} onClick={accept} data-testid="planning-accept">
        {t('planning.acceptButton')}
      </button>
      {props.onReject && (
        <button
          className="planning-reject"
          disabled={state.busy}
          onClick={props.onReject}
          data-testid="planning-reject"
        >
          {t('planning.rejectButton')}
        </button>
      )}
      {state.error && <p className="error">{state.error}</p>}
    </div>
  );
}
