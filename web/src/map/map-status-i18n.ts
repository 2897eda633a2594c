import { addFeatureText } from '../i18n/feature-text.ts';

/** Text of the map's loading notice, zh default and en. */
const zh = {
  loading: '正在加载地图数据…',
  failed: '{{count}} 个图层未能加载，移动地图可重试',
};
const en: typeof zh = {
  loading: 'Loading map data…',
  failed: '{{count}} layer(s) could not be loaded: move the map to retry',
};

export const addMapStatusText = () => addFeatureText('mapStatus', zh, en);
