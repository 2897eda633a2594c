import { addFeatureText } from '../i18n/feature-text.ts';

/** Text of the grouped search (issue 15, item 4), added to i18next (zh default, en). */
const zh = {
  placeholder: '搜索：名称、信用代码(4位起)、网格/社区、地址、楼宇',
  label: '搜索',
  searching: '搜索中…',
  none: '无结果',
  tooShort: '请至少输入 2 个字',
  more: '另有 {{n}} 条，输入更多字可缩小范围',
  results: '搜索结果',
  within: '在{{name}}内',
  everywhere: '全区范围',
  widen: '搜索全区',
  narrow: '只搜{{name}}',
  groups: {
    organizations: '组织',
    grids: '网格·社区',
    subdistricts: '街道·镇',
    buildings: '楼宇',
    centers: '党群服务中心',
  },
  matched: { CODE: '代码', ADDRESS: '地址' },
};
const en: typeof zh = {
  placeholder: 'Search: name, credit code (4+), grid/community, address, building',
  label: 'Search',
  searching: 'Searching…',
  none: 'No results',
  tooShort: 'Type at least 2 characters',
  more: '{{n}} more: type more to narrow',
  results: 'Search results',
  within: 'In {{name}}',
  everywhere: 'In the whole district',
  widen: 'Search the whole district',
  narrow: 'Only {{name}}',
  groups: {
    organizations: 'Organizations',
    grids: 'Grids · communities',
    subdistricts: 'Subdistricts',
    buildings: 'Buildings',
    centers: 'Service centers',
  },
  matched: { CODE: 'code', ADDRESS: 'address' },
};

addFeatureText('groupedSearch', zh, en);
