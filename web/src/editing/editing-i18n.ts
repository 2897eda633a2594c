import { addFeatureText } from '../i18n/feature-text.ts';

/** Text of the editing tools, added to the app's i18next instance (zh default, en). */
const zh = {
  edit: '编辑边界',
  create: '新建网格',
  split: '分割',
  merge: '合并',
  mergeWith: '合并入本网格：',
  undo: '撤销',
  redo: '重做',
  save: '保存',
  discard: '放弃',
  name: '新网格名称',
  drawPolygon: '在地图上点击绘制新网格，双击结束',
  drawLine: '画一条穿过网格的分割线，双击结束',
  dragVertices: '拖动顶点修改边界，拖动中点可加点；会吸附到相邻网格边界',
  saving: '保存中…',
  saved: '已保存：{{grids}}；{{buildings}} 栋楼宇、{{orgs}} 个组织改变了所属网格',
  conflict:
    '保存冲突：{{who}} 于 {{when}} 已修改此网格（当前版本 {{current}}，你的编辑基于版本 {{expected}}）。',
  reapply: '载入最新版本并重新应用我的修改',
  reload: '载入最新版本（放弃我的修改）',
  notEditable: '你不能编辑此网格',
};
const en: typeof zh = {
  edit: 'Edit boundary',
  create: 'New grid',
  split: 'Split',
  merge: 'Merge',
  mergeWith: 'Merge into this grid:',
  undo: 'Undo',
  redo: 'Redo',
  save: 'Save',
  discard: 'Discard',
  name: 'Name of the new grid',
  drawPolygon: 'Click on the map to draw the new grid; double-click to finish',
  drawLine: 'Draw a line across the grid; double-click to finish',
  dragVertices: 'Drag vertices to reshape, drag midpoints to add one; snaps to neighbouring grids',
  saving: 'Saving…',
  saved: 'Saved: {{grids}}; {{buildings}} buildings and {{orgs}} organizations changed grid',
  conflict:
    'Save conflict: {{who}} changed this grid at {{when}} (now version {{current}}; your edit started from {{expected}}).',
  reapply: 'Load the latest version and reapply my edit',
  reload: 'Load the latest version (discard my edit)',
  notEditable: 'You cannot edit this grid',
};

/** Called on first render (i18next is initialised by main.tsx after the imports run). */
export const addEditingText = () => addFeatureText('editing', zh, en);
