import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { download } from '../lists/ListsDock.tsx';
import { useAtlasMap } from '../map/map-context.tsx';
import { useMapOverlay } from '../map/use-map-overlay.ts';
import { ToolbarItem } from '../shell/toolbar.tsx';
import { AcceptProposal } from './AcceptProposal.tsx';
import { InstructorDeployment } from './InstructorDeployment.tsx';
import { PlanCosts } from './PlanCosts.tsx';
import { PlanProgress } from './PlanProgress.tsx';
import { SiteProposals } from './SiteProposals.tsx';
import { addPlanningText } from './planning-i18n.ts';
import { JointBranchPlanQuery } from './planning-queries.ts';
import { proposalFeatures, PROPOSALS_OVERLAY } from './proposals.layer.ts';
import { usePlan } from './use-plan.ts';
import './planning.css';

/**
 * The planning help on the map (issue 18): a toolbar button proposes joint branches for the
 * scope chosen in the panel, draws them in their own style next to the real layers and lists
 * them with their explanations. Proposals are queries; nothing is written until the planner
 * accepts one (AcceptProposal).
 */
export function PlanningTool({ scope }: { scope: string | null }) {
  addPlanningText();
  const { t, i18n } = useTranslation();
  const map = useAtlasMap();
  const [open, setOpen] = useState(false);
  const usable = scope != null;
  const plan = usePlan(JointBranchPlanQuery, open && usable ? { scope } : null);
  const whole = plan.data?.jointBranchPlan;
  // Rejected proposals leave the list and the map (nothing was stored; a new plan brings them back).
  const [rejected, setRejected] = useState<ReadonlySet<string>>(new Set());
  const data = useMemo(
    () =>
      whole && {
        ...whole,
        proposals: whole.proposals.filter((p) => !rejected.has(p.key)),
        attachments: whole.attachments.filter((a) => !rejected.has(a.key)),
      },
    [whole, rejected],
  );
  const reject = (key: string) => setRejected(new Set([...rejected, key]));
  const [exportError, setExportError] = useState<string | null>(null);
  const exportPlan = () => {
    setExportError(null);
    const q = new URLSearchParams({ scope: scope!, lang: i18n.language === 'en' ? 'en' : 'zh' });
    download(`/planning/export.xlsx?${q.toString()}`, 'planning.xlsx').catch((e: Error) =>
      setExportError(e.message),
    );
  };

  const overlay = useMemo(
    () =>
      open && data
        ? proposalFeatures([
            ...data.proposals.map((p) => ({ ...p, kind: 'new' as const })),
            ...data.attachments.map((a) => ({
              key: a.key,
              kind: 'attach' as const,
              seat: { lon: a.lon, lat: a.lat },
              members: a.members,
            })),
          ])
        : null,
    [open, data],
  );
  useMapOverlay(PROPOSALS_OVERLAY, overlay);

  const text = (x: { zh: string; en: string }) => (i18n.language === 'en' ? x.en : x.zh);
  const fly = (lon: number, lat: number) => map?.flyTo({ center: [lon, lat], zoom: 16 });

  return (
    <>
      <ToolbarItem>
        <button data-testid="planning-toggle" onClick={() => setOpen(!open)}>
          {open ? t('planning.close') : t('planning.open')}
        </button>
      </ToolbarItem>
      {open && (
        <section className="planning-panel" data-testid="planning-panel">
          <h3>{t('planning.title')}</h3>
          {!usable && <p>{t('planning.noScope')}</p>}
          <PlanProgress plan={plan} />
          {data && (
            <>
              <p>
                {t('planning.summary', {
                  candidates: data.candidates,
                  proposals: data.proposals.length,
                  attachments: data.attachments.length,
                  ungrouped: data.ungrouped.length,
                })}
              </p>
              <p className="planning-quality">
                {t('planning.quality', {
                  gap: `${(data.quality.gap * 100).toFixed(1)} %`,
                  proven: data.quality.provenOptimal,
                  parts: data.quality.components,
                })}
                {!data.complete && ` · ${t('planning.cut')}`}
              </p>
              <ol>
                {data.proposals.map((p) => (
                  <li key={p.key} data-testid="planning-proposal">
                    <button onClick={() => fly(p.seat.lon, p.seat.lat)}>
                      {t('planning.newBranch')} · {p.seat.name} · {p.unitCount}
                    </button>
                    <p>{text(p.explanation)}</p>
                    {p.cost && (
                      <p className="planning-cost">
                        {t('planning.cost', { yuan: p.cost.totalYuan.toLocaleString('zh-CN') })}
                      </p>
                    )}
                    <AcceptProposal
                      proposalKey={p.key}
                      unitIds={[
                        p.seat.id,
                        ...p.members.map((m) => m.id).filter((id) => id !== p.seat.id),
                      ]}
                      formalMembers={p.formalMembers}
                      onReject={() => reject(p.key)}
                    />
                  </li>
                ))}
                {data.attachments.map((a) => (
                  <li key={a.key} className="attach" data-testid="planning-proposal">
                    <button onClick={() => fly(a.lon, a.lat)}>
                      {t('planning.attach')} · {a.name} · +{a.members.length}
                    </button>
                    <p>{text(a.explanation)}</p>
                    <AcceptProposal
                      proposalKey={a.key}
                      unitIds={a.members.map((m) => m.id)}
                      expectedVersion={a.version}
                      onReject={() => reject(a.key)}
                    />
                  </li>
                ))}
              </ol>
              <p className="planning-note">{t('planning.accept')}</p>
              <button
                className="planning-export"
                onClick={exportPlan}
                data-testid="planning-export"
              >
                {t('planning.export')}
              </button>
              {exportError && <p className="error">{exportError}</p>}
              <PlanCosts costs={data.costs} years={data.costYears} />
            </>
          )}
          {usable && <InstructorDeployment scope={scope} />}
          {usable && <SiteProposals scope={scope} />}
        </section>
      )}
    </>
  );
}
