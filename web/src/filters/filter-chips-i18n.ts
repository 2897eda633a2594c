import { addFeatureText } from '../i18n/feature-text.ts';

/** Text of the filter chips over the map (issue 15, item 3), added to i18next (zh default, en). */
const zh = {
  label: '已筛选',
  remove: '移除筛选：{{what}}',
  clearAll: '全部清除',
  excluded:
    '僵尸型和已注销组织不参加覆盖评估（000 第七条：僵尸型组织应从台账注销）：空白点、未达标、可加入联建、服务圈外的图层和名单都不含它们；它们只在台账中列出，以便清理。',
};
const en: typeof zh = {
  label: 'Filtered',
  remove: 'Remove filter: {{what}}',
  clearAll: 'Clear all',
  excluded:
    'Zombie and deregistered organizations are not evaluated for coverage (seed 000 art. 7: zombie organizations are to be deregistered): the blank-spot, gap, join and outside-circle layers and lists leave them out; only the ledger lists them, for clean-up.',
};

addFeatureText('filterChips', zh, en);
