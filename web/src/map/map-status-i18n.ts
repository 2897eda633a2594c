import { addFeatureText } from '../i18n/feature-text.ts';

/** Text of the map's loading notice, zh default and en. */
const zh = {
  loading: '正在加载地图数据…',
  failed: '{{count}} 个图层未能加载，移动地图可重试',
  jointHidden: '另有 {{count}} 个联合党支部未画出，放大地图可查看',
};
const en: typeof zh = {
  loading: 'Loading map data…',
  failed: '{{count}} layer(s) could not be loaded: move the map to retry',
  jointHidden: '{{count}} more joint branch(es) not drawn: zoom in to see them',
};

export const addMapStatusText = () => addFeatureText('mapStatus', zh, en);
