import { addFeatureText } from '../i18n/feature-text.ts';

/** Text of the service-center and workstation forms (issue 16), zh default and en. */
const zh = {
  edit: '编辑',
  save: '保存',
  cancel: '取消',
  close: '撤销（关闭）',
  confirmClose: '确定关闭「{{name}}」吗？关闭后从地图移除，记录保留在修改记录中。',
  noChange: '没有修改',
  saved: '已保存',
  outside: '半径外的组织：{{before}} → {{after}}',
  conflict: '已被他人修改（当前版本 {{version}}），请重新打开后再修改',
  field: {
    name: '名称',
    level: '级别',
    serviceRadiusM: '服务半径（米）',
    floorAreaM2: '面积（平方米）',
    address: '地址',
    staff: '工作人员数',
    openedOn: '成立日期',
  },
};
const en: typeof zh = {
  edit: 'Edit',
  save: 'Save',
  cancel: 'Cancel',
  close: 'Close it',
  confirmClose: 'Close "{{name}}"? It leaves the map; its record stays in the history.',
  noChange: 'Nothing changed',
  saved: 'Saved',
  outside: 'Organizations outside every radius: {{before}} → {{after}}',
  conflict: 'Someone changed it (now version {{version}}): open it again to edit',
  field: {
    name: 'Name',
    level: 'Level',
    serviceRadiusM: 'Service radius (m)',
    floorAreaM2: 'Floor area (m²)',
    address: 'Address',
    staff: 'Staff',
    openedOn: 'Opened on',
  },
};

export const addPlaceEditText = () => addFeatureText('placeEdit', zh, en);
