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
  memberCount: '正式党员数 ',
  accepted: '已采纳：{{name}}',
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
  memberCount: 'Formal members ',
  accepted: 'Accepted: {{name}}',
};

/** Called on first render (i18next is initialised by main.tsx after the imports run). */
export const addPlanningText = () => addFeatureText('planning', zh, en);
