/**
 * The columns of a "one enterprise one form" (一企一表) ledger sheet: the usual Chinese headers
 * and their variants. A header matches after removing spaces, a required-mark `*` and a unit in
 * brackets ("营业收入(万元)" is 营业收入 in units of 10,000 yuan).
 */
export type FieldKey =
  | 'name'
  | 'uscc'
  | 'subKind'
  | 'industry'
  | 'status'
  | 'employees'
  | 'partyMembers'
  | 'revenueYuan'
  | 'memberUnits'
  | 'ownerIsMember'
  | 'hasTradeUnion'
  | 'hasYouthLeague'
  | 'hasWomensFederation'
  | 'activists'
  | 'affiliation'
  | 'establishmentDirection'
  | 'address'
  | 'lon'
  | 'lat'
  | 'building'
  | 'grid';

export interface ColumnSpec {
  key: FieldKey;
  /** The header an exported sheet uses. */
  header: string;
  aliases: string[];
  required?: boolean;
}

export const COLUMNS: ColumnSpec[] = [
  { key: 'name', header: '名称', aliases: ['单位名称', '组织名称', '企业名称'], required: true },
  {
    key: 'uscc',
    header: '统一社会信用代码',
    aliases: ['信用代码', '社会信用代码'],
    required: true,
  },
  { key: 'subKind', header: '类型', aliases: ['组织类型', '单位类型'], required: true },
  { key: 'industry', header: '行业', aliases: ['所属行业'] },
  { key: 'status', header: '经营状态', aliases: ['状态', '运营状态'] },
  {
    key: 'employees',
    header: '从业人员数',
    aliases: ['从业人员', '职工人数', '员工人数'],
    required: true,
  },
  { key: 'partyMembers', header: '党员数', aliases: ['正式党员数', '党员人数'] },
  { key: 'revenueYuan', header: '营业收入', aliases: ['年营业收入'] },
  { key: 'memberUnits', header: '会员单位数', aliases: ['会员单位'] },
  { key: 'ownerIsMember', header: '出资人是否党员', aliases: ['负责人是否党员'] },
  { key: 'hasTradeUnion', header: '工会', aliases: ['是否建立工会'] },
  { key: 'hasYouthLeague', header: '共青团', aliases: ['团组织', '是否建立团组织'] },
  { key: 'hasWomensFederation', header: '妇联', aliases: ['妇女组织', '是否建立妇联'] },
  { key: 'activists', header: '入党积极分子数', aliases: ['入党积极分子'] },
  { key: 'affiliation', header: '隶属关系', aliases: [] },
  { key: 'establishmentDirection', header: '组建方向', aliases: [] },
  { key: 'address', header: '地址', aliases: ['详细地址', '住所', '经营地址'] },
  { key: 'lon', header: '经度', aliases: [] },
  { key: 'lat', header: '纬度', aliases: [] },
  { key: 'building', header: '所在楼宇', aliases: ['楼宇'] },
  { key: 'grid', header: '所在网格', aliases: ['网格'] },
];

export const HEADER_OF = Object.fromEntries(COLUMNS.map((c) => [c.key, c.header])) as Record<
  FieldKey,
  string
>;

/** The exported headers of some columns, in the order given (a ledger sheet's first row). */
export const headersOf = (keys: FieldKey[]): string[] => keys.map((k) => HEADER_OF[k]);

const BY_NAME = new Map<string, ColumnSpec>();
for (const c of COLUMNS) for (const n of [c.header, ...c.aliases]) BY_NAME.set(n, c);

/** "营业收入（万元）*" -> { spec: 营业收入, unit: '万元' } */
export function matchHeader(text: string): { spec: ColumnSpec; unit?: string } | undefined {
  const compact = text.replace(/\s+/g, '').replace(/[*＊]/g, '');
  const unit = /[(（]([^)）]*)[)）]/.exec(compact)?.[1];
  const base = compact.replace(/[(（][^)）]*[)）]/g, '');
  const spec = BY_NAME.get(base);
  return spec ? { spec, unit } : undefined;
}

/** Sheet labels of the organization sub-kinds (类型) and their DB values. */
export const SUB_KIND_LABELS: Record<string, string> = {
  非公有制企业: 'non_public_enterprise',
  非公企业: 'non_public_enterprise',
  企业: 'non_public_enterprise',
  私营企业: 'non_public_enterprise',
  个体工商户: 'individual_business',
  个体户: 'individual_business',
  社会团体: 'social_group',
  社团: 'social_group',
  民办非企业单位: 'private_non_enterprise',
  民非: 'private_non_enterprise',
  社会服务机构: 'private_non_enterprise',
  基金会: 'foundation',
  社会中介组织: 'social_intermediary',
  中介组织: 'social_intermediary',
};
export const SUB_KIND_HEADER: Record<string, string> = {
  non_public_enterprise: '非公有制企业',
  individual_business: '个体工商户',
  social_group: '社会团体',
  private_non_enterprise: '民办非企业单位',
  foundation: '基金会',
  social_intermediary: '社会中介组织',
};
export const STATUS_LABELS: Record<string, string> = {
  正常: 'operating',
  正常经营: 'operating',
  在营: 'operating',
  在业: 'operating',
  存续: 'operating',
  开业: 'operating',
  停业: 'suspended',
  歇业: 'suspended',
  僵尸: 'zombie',
  僵尸型: 'zombie',
  僵尸企业: 'zombie',
  注销: 'deregistered',
  已注销: 'deregistered',
  吊销: 'deregistered',
};
export const STATUS_HEADER: Record<string, string> = {
  operating: '正常经营',
  suspended: '停业',
  zombie: '僵尸型',
  deregistered: '已注销',
};
export const YES = new Set(['是', '有', 'y', 'yes', 'true', '1', '√', '已建立', '已建']);
export const NO = new Set(['否', '无', 'n', 'no', 'false', '0', '×', '未建立', '未建', '']);
