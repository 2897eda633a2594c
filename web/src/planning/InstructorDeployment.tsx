import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../api.ts';
import { useAtlasMap } from '../map/map-context.tsx';
import { useMapOverlay } from '../map/use-map-overlay.ts';
import { DATA_CHANGED } from '../use-request.ts';
import { flyBesidePanel } from './fly.ts';
import { deploymentFeatures, DEPLOYMENT_OVERLAY } from './instructors.layer.ts';
import { AcceptDeploymentMutation, InstructorDeploymentQuery } from './planning-queries.ts';
import { PlanProgress } from './PlanProgress.tsx';
import { usePlan } from './use-plan.ts';

interface Proposal {
  key: string;
  instructorId?: string | null;
  loadBefore: number;
  organizations: { id: string; version: number }[];
}

/** The server's bound on a new instructor's name (party/instructor-edit.ts MAX_INSTRUCTOR_NAME). */
const MAX_INSTRUCTOR_NAME = 40;

/**
 * One group as the accept mutation takes it (the versions and load the plan read): its instructor
 * in post, or the name of the new instructor a group without one creates.
 */
const groupOf = (p: Proposal, newName?: string) => ({
  ...(p.instructorId ? { instructorId: p.instructorId } : { newInstructor: { name: newName! } }),
  expectedLoad: p.loadBefore,
  organizations: p.organizations.map((o) => ({ id: o.id, expectedVersion: o.version })),
});

/**
 * Instructor deployment in the planning panel (issue 18, point 3): who should look after which
 * organizations without work coverage, and how many more instructors the scope needs. Each group
 * is drawn on the map in its own style (a dashed violet hull, dotted spokes to its centre; grey
 * when a new instructor is needed) next to the joint-branch proposals. Accepting one group, or all
 * groups with an instructor, is one transaction on the server through the ledger's instructor
 * assignment (all or nothing, audited); a rejected group leaves the list and the map.
 */
export function InstructorDeployment({ scope }: { scope: string }) {
  const { t, i18n } = useTranslation();
  const map = useAtlasMap();
  const plan = usePlan(InstructorDeploymentQuery, { scope });
  const whole = plan.data?.instructorDeploymentPlan;
  const [rejected, setRejected] = useState<ReadonlySet<string>>(new Set());
  // Groups accepted from this plan (a new plan, after the accept's data change, starts afresh).
  const [acceptedOf, setAcceptedOf] = useState<{ plan: unknown; keys: ReadonlySet<string> }>({
    plan: null,
    keys: new Set(),
  });
  const accepted = useMemo(
    () => (acceptedOf.plan === whole ? acceptedOf.keys : new Set<string>()),
    [acceptedOf, whole],
  );
  const proposals = useMemo(
    () => whole?.proposals.filter((p) => !rejected.has(p.key)) ?? [],
    [whole, rejected],
  );
  const text = (x: { zh: string; en: string }) => (i18n.language === 'en' ? x.en : x.zh);
  const nameOf = (p: { instructorName?: string | null }) =>
    p.instructorName ?? t('planning.newInstructor');

  const overlay = useMemo(
    () =>
      whole
        ? deploymentFeatures(
            proposals
              .filter((p) => !accepted.has(p.key))
              .map((p) => ({
                key: p.key,
                kind: p.instructorId ? ('assign' as const) : ('new' as const),
                label: `${p.instructorName ?? '+1'} · ${p.organizations.length}`,
                centre: { lon: p.centreLon, lat: p.centreLat },
                organizations: p.organizations,
              })),
          )
        : null,
    [whole, proposals, accepted],
  );
  useMapOverlay(DEPLOYMENT_OVERLAY, overlay);

  const withInstructor = proposals.filter((p) => p.instructorId && !accepted.has(p.key));
  const done = (keys: string[]) =>
    setAcceptedOf({ plan: whole, keys: new Set([...accepted, ...keys]) });
  return (
    <section data-testid="planning-instructors">
      <h4>{t('planning.instructors')}</h4>
      <PlanProgress plan={plan} parts="subdistricts" />
      {whole && (
        <>
          <p>
            {t('planning.instructorSummary', {
              candidates: whole.candidates,
              limit: whole.loadLimit,
              withRoom: whole.instructorsWithRoom,
              needed: whole.instructorsNeeded,
            })}
          </p>
          {withInstructor.length > 1 && (
            <AcceptGroups
              groups={withInstructor}
              label={t('planning.acceptAll', { n: withInstructor.length })}
              testId="planning-assign-all"
              onDone={() => done(withInstructor.map((p) => p.key))}
            />
          )}
          <ol>
            {proposals.map((p) => (
              <li
                key={p.key}
                data-testid="planning-deployment"
                className={p.instructorId ? 'deploy' : 'deploy new'}
              >
                <button onClick={() => flyBesidePanel(map, p.centreLon, p.centreLat)}>
                  {nameOf(p)} · {p.loadBefore} → {p.loadAfter}
                </button>
                <p>{text(p.explanation)}</p>
                {accepted.has(p.key) ? (
                  <p className="planning-accepted">
                    {t('planning.assigned', { n: p.organizations.length })}
                  </p>
                ) : (
                  <div className="planning-accept">
                    {p.instructorId ? (
                      <AcceptGroups
                        groups={[p]}
                        label={t('planning.acceptButton')}
                        testId="planning-assign"
                        onDone={() => done([p.key])}
                      />
                    ) : (
                      <NewInstructorAccept group={p} onDone={() => done([p.key])} />
                    )}
                    <button
                      className="planning-reject"
                      onClick={() => setRejected(new Set([...rejected, p.key]))}
                      data-testid="planning-deploy-reject"
                    >
                      {t('planning.rejectButton')}
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ol>
          <p className="planning-note">{t('planning.deployNote')}</p>
        </>
      )}
    </section>
  );
}

/**
 * A group that needs one more instructor: the planner names the new instructor (required, at most
 * 40 characters), and accepting creates it in the group's subdistrict and assigns it, in one
 * transaction on the server.
 */
function NewInstructorAccept({ group, onDone }: { group: Proposal; onDone: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const trimmed = name.trim();
  return (
    <>
      <input
        className="planning-new-instructor"
        value={name}
        maxLength={MAX_INSTRUCTOR_NAME}
        placeholder={t('planning.newInstructorName')}
        aria-label={t('planning.newInstructorName')}
        data-testid="planning-new-instructor-name"
        onChange={(e) => setName(e.target.value)}
      />
      <AcceptGroups
        groups={[group]}
        newName={trimmed}
        disabled={!trimmed}
        label={t('planning.acceptNewInstructor')}
        testId="planning-assign-new"
        onDone={onDone}
      />
    </>
  );
}

/** Accepts the groups in one request (one transaction on the server). */
function AcceptGroups(props: {
  groups: Proposal[];
  /** The new instructor's name, for a group without one. */
  newName?: string;
  disabled?: boolean;
  label: string;
  testId: string;
  onDone: () => void;
}) {
  const [state, setState] = useState<{ busy: boolean; error?: string }>({ busy: false });
  const accept = async () => {
    setState({ busy: true });
    try {
      await request(AcceptDeploymentMutation, {
        groups: props.groups.map((g) => groupOf(g, props.newName)),
      });
      setState({ busy: false });
      props.onDone();
      window.dispatchEvent(new Event(DATA_CHANGED)); // the plans and the map reload
    } catch (e) {
      setState({ busy: false, error: (e as Error).message });
    }
  };
  return (
    <>
      <button disabled={state.busy || props.disabled} onClick={accept} data-testid={props.testId}>
        {props.label}
      </button>
      {state.error && <p className="error">{state.error}</p>}
    </>
  );
}
