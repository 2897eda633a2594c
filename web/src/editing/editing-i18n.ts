import i18next from 'i18next';

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
  cancel: '取消',
  confirm: '确定保存',
  name: '新网格名称',
  drawPolygon: '在地图上点击绘制新网格，双击结束',
  drawLine: '画一条穿过网格的分割线，双击结束',
  dragVertices: '拖动顶点修改边界，拖动中点可加点；与相邻网格共用的顶点一起移动',
  saving: '保存中…',
  saved: '已保存：{{grids}}；{{buildings}} 栋楼宇、{{orgs}} 个组织改变了所属网格',
  conflict:
    '保存冲突：{{who}} 于 {{when}} 已修改此网格（当前版本 {{current}}，你的编辑基于版本 {{expected}}）。',
  reapply: '载入最新版本并重新应用我的修改',
  reload: '载入最新版本（放弃我的修改）',
  reapplied: '已载入版本 {{version}} 并重新应用你的修改，请检查后保存',
  reapplyConflicts:
    '已载入版本 {{version}}；你的 {{count}} 处修改与对方的修改冲突，保留了对方的（地图上标出），其余已重新应用',
  notEditable: '你不能编辑此网格',
  gridLabel: '网格：{{name}}',
  noChange: '边界没有变化，无需保存',
  splitName: '分出部分的名称',
  splitNameMissing: '请先填写分出部分的名称',
  confirmMerge: '合并后「{{other}}」将被删除，其楼宇和组织归入「{{grid}}」。确定合并吗？',
  previewing: '正在计算保存的影响…',
  previewTitle: '保存前确认',
  previewGrids: '将修改的网格：{{names}}',
  previewNeighbours: '随之调整的相邻网格：{{names}}',
  previewMoves: '{{buildings}} 栋楼宇、{{orgs}} 个组织将改变所属网格：',
  previewNoMoves: '没有楼宇或组织改变所属网格',
  previewMore: '……另有 {{count}} 项',
  moveLine: '{{kind}} {{name}}：{{from}} → {{to}}',
  building: '楼宇',
  organization: '组织',
  noGrid: '无网格',
  reasons: {
    UNKNOWN: '操作未成功：{{detail}}',
    WRONG_GEOMETRY_TYPE: '图形类型不对：边界须为多边形，分割须为线',
    TOO_MANY_VERTICES: '顶点太多，请简化边界',
    EMPTY: '边界为空',
    INVALID_POLYGON: '边界自相交或无效（地图上标出位置），请调整顶点',
    TOO_SMALL: '面积太小（不足 100 平方米）',
    TOO_LARGE: '面积大得不合理',
    OUTSIDE_PARENT: '边界超出了所属街道（或上级网格）的范围（地图上标出位置）',
    OVERLAPS_SIBLING: '与相邻网格 {{names}} 重叠约 {{area}} 平方米（地图上标出位置），请移动边界',
    CLIP_EMPTIES_NEIGHBOUR: '这样会让相邻网格完全消失',
    LINE_DOES_NOT_SPLIT: '分割线没有把网格分成两部分：线须完整穿过网格',
    NOT_ADJACENT: '两个网格不相邻，不能合并',
    NOT_SIBLINGS: '只能合并同一上级下的两个不同网格',
    NOT_REVERTIBLE: '这次修改无法撤回',
    OUT_OF_RANGE: '输入超出允许范围',
    TILING_GAP: '保存后会有约 {{area}} 平方米土地不属于任何网格（地图上标出位置）',
    TILING_OVERLAP: '保存后会有约 {{area}} 平方米土地同时属于两个网格（地图上标出位置）',
    DUPLICATE_GRID: '同一网格在一次保存中出现了两次',
    NO_SHARED_VERTEX: '找不到这个共用顶点，请重新载入',
    OUT_OF_SCOPE: '这超出了你的管理范围，请联系相关网格的网格长或街道管理员',
    OUT_OF_SCOPE_GRIDS: '这次修改会改动 {{names}}，超出了你的管理范围：请联系其网格长或街道管理员',
    READ_ONLY_ROLE: '你的角色只能查看，不能修改',
    ROLE_NOT_ALLOWED: '你的角色不能进行此操作',
    NOT_SIGNED_IN: '请先登录',
    CONFLICT: '保存冲突：有人刚修改了此网格',
    QUERY_TIMEOUT: '请求用时过长，已停止，没有任何修改',
  },
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
  cancel: 'Cancel',
  confirm: 'Save',
  name: 'Name of the new grid',
  drawPolygon: 'Click on the map to draw the new grid; double-click to finish',
  drawLine: 'Draw a line across the grid; double-click to finish',
  dragVertices:
    'Drag vertices to reshape, drag a midpoint to add one; vertices shared with neighbouring grids move with it',
  saving: 'Saving…',
  saved: 'Saved: {{grids}}; {{buildings}} buildings and {{orgs}} organizations changed grid',
  conflict:
    'Save conflict: {{who}} changed this grid at {{when}} (now version {{current}}; your edit started from {{expected}}).',
  reapply: 'Load the latest version and reapply my edit',
  reload: 'Load the latest version (discard my edit)',
  reapplied: 'Loaded version {{version}} and reapplied your edit: check it, then save',
  reapplyConflicts:
    'Loaded version {{version}}; {{count}} of your changes met the other edit and were left out (marked on the map), the rest are reapplied',
  notEditable: 'You cannot edit this grid',
  gridLabel: 'Grid: {{name}}',
  noChange: 'The boundary has not changed: nothing to save',
  splitName: 'Name of the new piece',
  splitNameMissing: 'Name the new piece first',
  confirmMerge:
    '“{{other}}” will be deleted; its buildings and organizations go to “{{grid}}”. Merge?',
  previewing: 'Working out what the save changes…',
  previewTitle: 'Before saving',
  previewGrids: 'Grids changed: {{names}}',
  previewNeighbours: 'Neighbours adjusted with them: {{names}}',
  previewMoves: '{{buildings}} buildings and {{orgs}} organizations change grid:',
  previewNoMoves: 'No building or organization changes grid',
  previewMore: '… and {{count}} more',
  moveLine: '{{kind}} {{name}}: {{from}} → {{to}}',
  building: 'Building',
  organization: 'Organization',
  noGrid: 'no grid',
  reasons: {
    UNKNOWN: 'Not done: {{detail}}',
    WRONG_GEOMETRY_TYPE: 'Wrong shape: a boundary is a polygon, a split is a line',
    TOO_MANY_VERTICES: 'Too many vertices: simplify the boundary',
    EMPTY: 'The boundary is empty',
    INVALID_POLYGON:
      'The boundary crosses itself or is invalid (marked on the map): move the vertices',
    TOO_SMALL: 'Too small (under 100 m²)',
    TOO_LARGE: 'Implausibly large',
    OUTSIDE_PARENT: 'The boundary leaves its subdistrict (or parent grid) (marked on the map)',
    OVERLAPS_SIBLING:
      'Overlaps {{names}} by about {{area}} m² (marked on the map): move the boundary',
    CLIP_EMPTIES_NEIGHBOUR: 'This would remove a neighbouring grid entirely',
    LINE_DOES_NOT_SPLIT: 'The line does not cut the grid in two: draw it across the whole grid',
    NOT_ADJACENT: 'The two grids do not touch: they cannot be merged',
    NOT_SIBLINGS: 'Only two different grids under the same parent can be merged',
    NOT_REVERTIBLE: 'This change cannot be reverted',
    OUT_OF_RANGE: 'A value is out of range',
    TILING_GAP: 'About {{area}} m² would belong to no grid (marked on the map)',
    TILING_OVERLAP: 'About {{area}} m² would belong to two grids (marked on the map)',
    DUPLICATE_GRID: 'A grid is listed twice in one save',
    NO_SHARED_VERTEX: 'The shared vertex is gone: reload',
    OUT_OF_SCOPE:
      'This is outside your scope: ask the manager of the grid or the subdistrict administrator',
    OUT_OF_SCOPE_GRIDS:
      'This edit would change {{names}}, outside your scope: ask its manager or the subdistrict administrator',
    READ_ONLY_ROLE: 'Your role reads only',
    ROLE_NOT_ALLOWED: 'Your role may not do this',
    NOT_SIGNED_IN: 'Sign in first',
    CONFLICT: 'Save conflict: someone just changed this grid',
    QUERY_TIMEOUT: 'The request took too long and was stopped; nothing changed',
  },
};

let added = false;
/** Called on first render (i18next is initialised by main.tsx after the imports run). */
export function addEditingText() {
  if (added) return;
  const add = () => {
    if (added) return;
    added = true;
    i18next.addResourceBundle('zh', 'translation', { editing: zh }, true, false);
    i18next.addResourceBundle('en', 'translation', { editing: en }, true, false);
  };
  if (i18next.store) add();
  else i18next.on('initialized', add);
}
