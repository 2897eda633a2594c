import type { Express, Request, Response } from 'express';
import type { InstructorDeploymentPlan, JointBranchPlan } from '../__generated__/resolvers.ts';
import type { Database } from '../db/client.ts';
import { parseGlobalId } from '../graphql/ids.ts';
import {
  addSheet,
  col,
  exportContext,
  exportRoute,
  xlsxAnswer,
  type Lang,
} from '../lists/lists.routes.ts';
import { instructorPlanFor } from './instructors.resolvers.ts';
import { jointBranchPlanFor } from './planning.resolvers.ts';
import { subdistrictNames } from './planning.sql.ts';

/**
 * GET /planning/export.xlsx?scope=Subdistrict:1 with the optional profile and lang=en: the
 * proposals the panel lists, as a workbook (issue 18): the joint branches (one row per member
 * unit), their costs per subdistrict, and the instructor deployment when the profile sets a load.
 * Streamed like the lists' export (lists.routes.ts), whose pieces it reuses. Bearer session.
 */
type Proposal = JointBranchPlan['proposals'][number];
type Attachment = JointBranchPlan['attachments'][number];
type Deployment = InstructorDeploymentPlan['proposals'][number];

interface BranchRow {
  key: string;
  kind: 'new' | 'join';
  subdistrict: string;
  branch: string;
  units: number;
  member: { name: string; industry: string; partyMembers: number; distanceM: number };
  costYuan: number | null;
  explanation: { zh: string; en: string };
}
interface DeployRow {
  subdistrict: string;
  instructor: string | null;
  loadAfter: number;
  org: { name: string; distanceM: number };
  explanation: { zh: string; en: string };
}
type CostRow = JointBranchPlan['costs'][number] & { subdistrict: string };

const text = (t: { zh: string; en: string }, l: Lang) => t[l];
const BRANCH_COLUMNS = [
  col<BranchRow>('建议', 'Proposal', 16, (r) => r.key),
  col<BranchRow>('类型', 'Kind', 8, (r, l) =>
    r.kind === 'new' ? (l === 'zh' ? '新建' : 'new') : l === 'zh' ? '加入' : 'join',
  ),
  col<BranchRow>('街道/镇', 'Subdistrict', 14, (r) => r.subdistrict),
  col<BranchRow>('支部 / 驻地', 'Branch / seat', 32, (r) => r.branch),
  col<BranchRow>('单位数', 'Units', 8, (r) => r.units),
  col<BranchRow>('成员单位', 'Member unit', 32, (r) => r.member.name),
  col<BranchRow>('行业', 'Industry', 12, (r) => r.member.industry),
  col<BranchRow>('正式党员', 'Formal members', 8, (r) => r.member.partyMembers),
  col<BranchRow>('距驻地(米)', 'To seat (m)', 10, (r) => r.member.distanceM),
  col<BranchRow>('经费(元)', 'Funds (yuan)', 12, (r) => r.costYuan),
  col<BranchRow>('说明', 'Explanation', 60, (r, l) => text(r.explanation, l)),
];
const COST_COLUMNS = [
  col<CostRow>('街道/镇', 'Subdistrict', 14, (r) => r.subdistrict),
  col<CostRow>('新建党组织', 'New organizations', 10, (r) => r.newOrganizations),
  col<CostRow>('加入单位', 'Joining units', 10, (r) => r.joiningUnits),
  col<CostRow>('启动经费(元)', 'Start-up (yuan)', 14, (r) => r.startupYuan),
  col<CostRow>('活动经费(元/年)', 'Activity (yuan/yr)', 14, (r) => r.activityYuanPerYear),
  col<CostRow>('合计(元)', 'Total (yuan)', 14, (r) => r.totalYuan),
];
const DEPLOY_COLUMNS = [
  col<DeployRow>('街道/镇', 'Subdistrict', 14, (r) => r.subdistrict),
  col<DeployRow>(
    '指导员',
    'Instructor',
    16,
    (r, l) => r.instructor ?? (l === 'zh' ? '需新增' : 'one more needed'),
  ),
  col<DeployRow>('负责后单位数', 'Load after', 10, (r) => r.loadAfter),
  col<DeployRow>('单位', 'Organization', 32, (r) => r.org.name),
  col<DeployRow>('距中心(米)', 'To centre (m)', 10, (r) => r.org.distanceM),
  col<DeployRow>('说明', 'Explanation', 60, (r, l) => text(r.explanation, l)),
];

const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);

async function exportPlan(database: Database, req: Request, res: Response) {
  const ctx = await exportContext(database, req);
  const lang: Lang = req.query.lang === 'en' ? 'en' : 'zh';
  const args = { scope: str(req.query.scope) ?? '', profile: str(req.query.profile) };
  // Both plans before the first byte: a bad argument still answers with JSON.
  const plan = await jointBranchPlanFor(ctx, args);
  const deploy = await instructorPlanFor(ctx, args).catch(() => null);
  const subId = (g: string) => parseGlobalId(g, 'subdistrictId').id;
  const names = await subdistrictNames(database.db, [
    ...new Set([
      ...plan.proposals.map((p) => subId(p.subdistrictId)),
      ...plan.costs.map((c) => subId(c.subdistrictId)),
      ...(deploy?.proposals ?? []).map((p) => subId(p.subdistrictId)),
    ]),
  ]);
  const place = (g: string) => names.get(subId(g)) ?? g;
  const book = xlsxAnswer(
    res,
    lang === 'zh' ? '规划建议.xlsx' : 'planning-proposals.xlsx',
    'planning.xlsx',
  );
  const branches = addSheet(
    book,
    lang === 'zh' ? '联合党支部建议' : 'Joint branches',
    BRANCH_COLUMNS,
    lang,
  );
  const rowOf = (r: BranchRow) => BRANCH_COLUMNS.map((c) => c.value(r, lang));
  /** One row per member unit of a proposed branch or of one the units join. */
  const addMembers = (
    g: Proposal | Attachment,
    kind: BranchRow['kind'],
    branch: string,
    units: number,
  ) => {
    for (const member of g.members) {
      const r: BranchRow = {
        key: g.key,
        kind,
        subdistrict: place(g.subdistrictId),
        branch,
        units,
        member,
        costYuan: g.cost?.totalYuan ?? null,
        explanation: g.explanation,
      };
      branches.addRow(rowOf(r)).commit();
    }
  };
  for (const p of plan.proposals as Proposal[]) addMembers(p, 'new', p.seat.name, p.unitCount);
  for (const a of plan.attachments as Attachment[]) {
    addMembers(a, 'join', a.name, a.unitsBefore + a.members.length);
  }
  branches.commit();
  const costs = addSheet(
    book,
    lang === 'zh' ? `经费(${plan.costYears ?? '-'}年)` : `Funds (${plan.costYears ?? '-'} years)`,
    COST_COLUMNS,
    lang,
  );
  for (const c of plan.costs) {
    costs
      .addRow(COST_COLUMNS.map((k) => k.value({ ...c, subdistrict: place(c.subdistrictId) }, lang)))
      .commit();
  }
  costs.commit();
  if (deploy) {
    const sheet = addSheet(
      book,
      lang === 'zh' ? '指导员部署' : 'Instructors',
      DEPLOY_COLUMNS,
      lang,
    );
    for (const p of deploy.proposals as Deployment[]) {
      for (const o of p.organizations) {
        const r: DeployRow = {
          subdistrict: place(p.subdistrictId),
          instructor: p.instructorName ?? null,
          loadAfter: p.loadAfter,
          org: o,
          explanation: p.explanation,
        };
        sheet.addRow(DEPLOY_COLUMNS.map((c) => c.value(r, lang))).commit();
      }
    }
    sheet.commit();
  }
  await book.commit();
}

export function registerPlanningRoutes(app: Express, database: Database): void {
  app.get(
    '/planning/export.xlsx',
    exportRoute((req, res) => exportPlan(database, req, res)),
  );
}
