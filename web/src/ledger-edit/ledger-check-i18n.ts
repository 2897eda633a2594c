import { addFeatureText } from '../i18n/feature-text.ts';

/** Text of the semiannual check (seed 000 art. 13) in the grid card, zh default and en. */
const zh = {
  title: '半年核查',
  since: '自 {{date}} 快照以来',
  noSnapshot: '尚无台账快照：所有组织均待核查',
  progress: '已核查 {{checked}} / {{total}}',
  done: '本网格已全部核查',
  pending: '待核查的组织',
  confirm: '确认无变化',
  confirmed: '已确认',
  more: '另有 {{count}} 个未列出',
  conflict: '该组织刚被他人修改，请打开查看后再确认',
};
const en: typeof zh = {
  title: 'Semiannual check',
  since: 'since the snapshot of {{date}}',
  noSnapshot: 'No ledger snapshot yet: every organization is due',
  progress: '{{checked}} of {{total}} checked',
  done: 'Every organization of this grid is checked',
  pending: 'Organizations to check',
  confirm: 'Confirmed unchanged',
  confirmed: 'Confirmed',
  more: '{{count}} more not listed',
  conflict: 'Someone changed it just now: open it and check again',
};

export const addLedgerCheckText = () => addFeatureText('ledgerCheck', zh, en);
