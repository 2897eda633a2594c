import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../api.ts';
import { DATA_CHANGED } from '../use-request.ts';
import { AssignInstructorMutation, InstructorDeploymentQuery } from './planning-queries.ts';
import { PlanProgress } from './PlanProgress.tsx';
import { usePlan } from './use-plan.ts';

interface Proposal {
  key: string;
  instructorId?: string | null;
  organizations: { id: string; version: number }[];
}

/**
 * Instructor deployment in the planning panel (issue 18, point 3): who should look after which
 * organizations without work coverage, and how many more instructors the scope needs. Accepting
 * a proposal with an instructor assigns each organization through the ledger's assignInstructor
 * (audited there); a proposal without one asks for a new instructor first.
 */
export function InstructorDeployment({ scope }: { scope: string }) {
  const { t, i18n } = useTranslation();
  const plan = usePlan(InstructorDeploymentQuery, { scope });
  const data = plan.data?.instructorDeploymentPlan;
  const text = (x: { zh: string; en: string }) => (i18n.language === 'en' ? x.en : x.zh);
  return (
    <section data-testid="planning-instructors">
      <h4>{t('planning.instructors')}</h4>
      <PlanProgress plan={plan} />
      {data && (
        <>
          <p>
            {t('planning.instructorSummary', {
              candidates: data.candidates,
              limit: data.loadLimit,
              withRoom: data.instructorsWithRoom,
              needed: data.instructorsNeeded,
            })}
          </p>
          <ol>
            {data.proposals.map((p) => (
              <li key={p.key} data-testid="planning-deployment">
                <strong>
                  {p.instructorName ?? t('planning.newInstructor')} · {p.loadBefore} → {p.loadAfter}
                </strong>
                <p>{text(p.explanation)}</p>
                {p.instructorId && <AcceptDeployment proposal={p} />}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function AcceptDeployment({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const [state, setState] = useState<{ busy: boolean; done?: number; error?: string }>({
    busy: false,
  });
  const accept = async () => {
    setState({ busy: true });
    let done = 0;
    try {
      // One audited assignment per organization; a refusal stops at that organization.
      for (const o of proposal.organizations) {
        await request(AssignInstructorMutation, {
          instructorId: proposal.instructorId!,
          organizationId: o.id,
          version: o.version,
        });
        done++;
      }
      setState({ busy: false, done });
    } catch (e) {
      setState({
        busy: false,
        error: `${done}/${proposal.organizations.length}: ${(e as Error).message}`,
      });
    }
    window.dispatchEvent(new Event(DATA_CHANGED));
  };
  if (state.done != null)
    return <p className="planning-accepted">{t('planning.assigned', { n: state.done })}</p>;
  return (
    <div className="planning-accept">
      <button disabled={state.busy} onClick={accept} data-testid="planning-assign">
        {t('planning.acceptButton')}
      </button>
      {state.error && <p className="error">{state.error}</p>}
    </div>
  );
}
