import type { IndustryCode } from '../ledger/industries.ts';
import type { Rng } from './random.ts';

/** Word lists for generated names. Invented trade names; real-sounding, not real firms. */
const TRADE_NAMES =
  '顺鑫 空港 天竺 仁和 临空 新城 金马 石园 双丰 建新 华远 恒通 嘉禾 瑞丰 鼎盛 宏达 汇通 博远 京顺 卓越 ' +
  '中科 润泽 远航 祥和 永顺 泰和 福源 鑫源 海纳 天成 安泰 盛世 弘毅 德润 启明 春晖 长风 汇智 思源 广聚 ' +
  '聚德 诚信 百川 千禧 万象 华信 同舟 腾飞 金桥 蓝天 绿源 银河 星辰 朝阳 东方 北辰 和平 振兴 宏图 凯旋';
const TRADES = TRADE_NAMES.split(' ');
const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段';
const GIVEN =
  '伟 芳 娜 秀英 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀兰 霞 平 刚 桂英 建国 建华 志强 海燕 红梅 立新 国庆 晓东 雪梅 永刚 春生 文博 子涵 浩然 欣怡 宇轩 思远'.split(
    ' ',
  );
const ROADS =
  '府前街 光明街 新顺南大街 建新路 仁和路 裕华路 站前街 双河路 顺康路 顺白路 顺平路 顺于路 天竺路 空港大街 安华街 裕民大街 机场东路 金航路 后沙峪路 马坡路 牛栏山路 北务街 李天路 木燕路'.split(
    ' ',
  );

const ENTERPRISE_WORDS: Partial<Record<IndustryCode, string>> = {
  it: '科技',
  finance: '投资管理',
  business_services: '企业管理咨询',
  real_estate: '房地产经纪',
  cultural_creative: '文化传媒',
  express_delivery: '快递服务',
  logistics: '物流',
  manufacturing: '机械制造',
  construction: '建筑工程',
  wholesale: '商贸',
  retail: '商业',
  catering: '餐饮管理',
  hotel: '酒店管理',
  agriculture: '农业科技',
};
const SHOP_WORDS: Partial<Record<IndustryCode, string[]>> = {
  catering: ['饭馆', '面馆', '快餐店', '烧烤店', '包子铺'],
  retail: ['便利店', '超市', '五金店', '水果店', '服装店'],
  beauty: ['理发店', '美容店', '美甲店'],
  auto_repair: ['汽车修理部', '洗车行', '轮胎店'],
  hotel: ['宾馆', '旅店'],
  express_delivery: ['快递代收点'],
  agriculture: ['农资店', '种植园'],
};
const SOCIAL_SUFFIX: Partial<Record<IndustryCode, string>> = {
  law: '律师事务所',
  accounting: '会计师事务所',
  tax_agent: '税务师事务所',
  social_work: '社会工作服务中心',
  education: '培训学校',
  healthcare: '医院',
  elderly_care: '养老照料中心',
  trade_association: '行业协会',
  chamber_of_commerce: '商会',
  charity: '公益基金会',
};

export const personName = (rng: Rng) => rng.pick([...SURNAMES]) + rng.pick(GIVEN);
export const tradeName = (rng: Rng) => rng.pick(TRADES);
export const roadName = (rng: Rng) => rng.pick(ROADS);

export function organizationName(
  rng: Rng,
  subKind: string,
  industry: IndustryCode,
  placeName: string,
): string {
  const trade = tradeName(rng);
  if (subKind === 'individual_business') {
    return `${placeName}${trade}${rng.pick(SHOP_WORDS[industry] ?? ['商店'])}`;
  }
  if (subKind === 'non_public_enterprise') {
    return `北京${trade}${ENTERPRISE_WORDS[industry] ?? '商贸'}有限公司`;
  }
  const suffix = SOCIAL_SUFFIX[industry] ?? '服务中心';
  return subKind === 'social_group' || subKind === 'foundation'
    ? `北京市顺义区${trade}${suffix}`
    : `北京${trade}${suffix}`;
}
