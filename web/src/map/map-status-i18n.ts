import { addFeatureText } from '../i18n/feature-text.ts';

/** Text of the map's loading notice, zh default and en. */
const zh = {
  loading: '正在加载地图数据…',
  failed: '{{count}} 个图层未能加载，移动地图可重试',
  jointPartial:
    '此处联合党支部较多：显示离中心最近的 {{shown}} 个（共 {{total}} 个），放大可看全部',
};
const en: typeof zh = {
  loading: 'Loading map data…',
  failed: '{{count}} layer(s) could not be loaded: move the map to retry',
  jointPartial:
    'Many joint branches here: the {{shown}} nearest the centre are drawn (of {{total}}); zoom in to see all',
};

export const addMapStatusText = () => addFeatureText('mapStatus', zh, en);
