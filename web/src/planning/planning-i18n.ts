import { addFeatureText } from '../i18n/feature-text.ts';

/** Text of the planning help (issue 18), added to the app's i18next instance (zh default, en). */
const zh = {
  open: '联建建议',
  close: '关闭建议',
  title: '联合党支部建议（仅建议，未写入）',
  noScope: '请先在左侧选择街道/镇或网格',
  loading: '计算中…',
  summary:
    '{{candidates}} 个需组织覆盖、无单独组建条件的单位：建议新建 {{proposals}} 个联合党支部，{{attachments}} 组就近加入现有支部，{{ungrouped}} 个暂无法联建。',
  quality: '最优性差距 ≤ {{gap}}（{{proven}}/{{parts}} 部分已证明最优）',
  cut: '已到时限，结果可用但未搜索完',
  newBranch: '新建',
  attach: '加入',
  accept: '采纳后经台账编辑写入并留痕；新建支部须有3名以上正式党员',
  acceptButton: '采纳',
  rejectButton: '不采纳',
  export: '导出建议 (.xlsx)',
  memberCount: '正式党员数 ',
  accepted: '已采纳：{{name}}',
  seconds: '{{n}} 秒',
  cancel: '取消',
  cancelled: '已取消计算',
  cost: '经费（两年）约 {{yuan}} 元',
  noFunds: '该政策口径未规定经费标准',
  costsTitle: '建议所需经费（{{years}} 年，元）',
  costNew: '新建',
  costJoining: '加入单位',
  costStartup: '启动经费',
  costActivity: '活动经费/年',
  costTotal: '合计',
  costSum: '总计',
  instructors: '党建工作指导员部署',
  instructorSummary:
    '{{candidates}} 个无党员单位需工作覆盖；每名指导员负责至多 {{limit}} 个；{{withRoom}} 名现有指导员尚有余量，还需新增 {{needed}} 名。',
  newInstructor: '需新增指导员',
  assigned: '已选派：{{n}} 个单位',
};
const en: typeof zh = {
  open: 'Joint-branch proposals',
  close: 'Close proposals',
  title: 'Proposed joint branches (proposals only, nothing written)',
  noScope: 'Choose a subdistrict or grid in the panel first',
  loading: 'Computing…',
  summary:
    '{{candidates}} units need organizational coverage and cannot found their own: {{proposals}} new joint branches, {{attachments}} groups join existing ones, {{ungrouped}} cannot be grouped.',
  quality: 'Optimality gap ≤ {{gap}} ({{proven}}/{{parts}} parts proven optimal)',
  cut: 'Time limit reached: the answer is valid but the search was cut short',
  newBranch: 'New',
  attach: 'Join',
  accept:
    'Accepting writes through the ledger edits, audited; a new branch needs 3 formal members or more',
  acceptButton: 'Accept',
  rejectButton: 'Reject',
  export: 'Export proposals (.xlsx)',
  memberCount: 'Formal members ',
  accepted: 'Accepted: {{name}}',
  seconds: '{{n}} s',
  cancel: 'Cancel',
  cancelled: 'Computation cancelled',
  cost: 'Funds (2 years) about {{yuan}} yuan',
  noFunds: 'This profile sets no funding amounts',
  costsTitle: 'Funds the proposals need ({{years}} years, yuan)',
  costNew: 'New',
  costJoining: 'Joining units',
  costStartup: 'Start-up',
  costActivity: 'Activity / year',
  costTotal: 'Total',
  costSum: 'Sum',
  instructors: 'Instructor deployment',
  instructorSummary:
    '{{candidates}} organizations without members need work coverage; one instructor looks after at most {{limit}}; {{withRoom}} instructors in post have room, {{needed}} more are needed.',
  newInstructor: 'New instructor needed',
  assigned: 'Assigned: {{n}} organizations',
};

/** Called on first render (i18next is initialised by main.tsx after the imports run). */
export const addPlanningText = () => addFeatureText('planning', zh, en);
