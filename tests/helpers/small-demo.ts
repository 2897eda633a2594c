import type { Database } from '../../server/src/db/client.ts';
import type { MultiPolygon, Point } from '../../server/src/db/geojson.ts';
import * as t from '../../server/src/db/schema.ts';

/**
 * A small hand-made district: 3 subdistricts x 2 grids x 2 buildings x 5 organizations, plus a
 * joint branch, a standalone branch, an instructor, a service center and a workstation. Used by
 * tests as a known fixture and by `pnpm start` until the generated demo district replaces it.
 */
export const SMALL_DEMO = {
  district: { code: '110113', name: '顺义区' },
  subdistricts: [
    { code: '110113001', name: '胜利街道', kind: 'street' as const },
    { code: '110113002', name: '光明街道', kind: 'street' as const },
    { code: '110113104', name: '仁和镇', kind: 'town' as const },
  ],
  gridsPerSubdistrict: 2,
  buildingsPerGrid: 2,
  orgsPerBuilding: 5,
};

const rect = (x0: number, y0: number, x1: number, y1: number): MultiPolygon => ({
  type: 'MultiPolygon',
  coordinates: [
    [
      [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
        [x0, y0],
      ],
    ],
  ],
});
const pt = (x: number, y: number): Point => ({ type: 'Point', coordinates: [x, y] });

const ORG_NAMES = ['科技有限公司', '物流有限公司', '文化传媒有限公司', '律师事务所', '餐饮店'];
const NAME_PREFIX = [
  '顺鑫',
  '空港',
  '天竺',
  '仁和',
  '光明',
  '胜利',
  '临空',
  '新城',
  '金马',
  '石园',
  '双丰',
  '建新',
];

export async function loadSmallDemo(database: Database) {
  const { db } = database;
  return db.transaction(async (tx) => {
    const x0 = 116.6;
    const y0 = 40.1;
    const w = 0.02;
    const [district] = await tx
      .insert(t.districts)
      .values({ ...SMALL_DEMO.district, boundary: rect(x0, y0, x0 + 3 * w, y0 + w) })
      .returning();
    const orgIds: number[] = [];
    let n = 0;
    for (const [si, s] of SMALL_DEMO.subdistricts.entries()) {
      const sx = x0 + si * w;
      const [sub] = await tx
        .insert(t.subdistricts)
        .values({ ...s, districtId: district!.id, boundary: rect(sx, y0, sx + w, y0 + w) })
        .returning();
      for (let gi = 0; gi < SMALL_DEMO.gridsPerSubdistrict; gi++) {
        const gy = y0 + (gi * w) / 2;
        const [grid] = await tx
          .insert(t.grids)
          .values({
            subdistrictId: sub!.id,
            code: `${s.code}${String(gi + 1).padStart(3, '0')}`,
            name: `${s.name.replace(/街道|镇/, '')}第${gi + 1}网格`,
            kind: 'area',
            managerName: ['王建国', '李秀英', '张伟', '刘洋', '陈静', '杨帆'][si * 2 + gi],
            boundary: rect(sx, gy, sx + w, gy + w / 2),
          })
          .returning();
        for (let bi = 0; bi < SMALL_DEMO.buildingsPerGrid; bi++) {
          const bx = sx + (w * (bi + 1)) / 3;
          const by = gy + w / 4;
          const [b] = await tx
            .insert(t.buildings)
            .values({
              subdistrictId: sub!.id,
              gridId: grid!.id,
              code: `B${grid!.code}${bi + 1}`,
              name: `${NAME_PREFIX[(si * 4 + gi * 2 + bi) % NAME_PREFIX.length]}大厦`,
              kind: bi === 0 ? 'commercial_office' : 'shop',
              floors: bi === 0 ? 18 : 2,
              location: pt(bx, by),
            })
            .returning();
          for (let oi = 0; oi < SMALL_DEMO.orgsPerBuilding; oi++) {
            n++;
            const isLaw = oi === 3;
            const [org] = await tx
              .insert(t.organizations)
              .values({
                name: `北京${NAME_PREFIX[n % NAME_PREFIX.length]}${ORG_NAMES[oi]}${n}`,
                category: isLaw ? 'new_social' : 'new_economic',
                subKind: isLaw
                  ? 'social_intermediary'
                  : oi === 4
                    ? 'individual_business'
                    : 'non_public_enterprise',
                industry: ['it', 'logistics', 'cultural_creative', 'law', 'catering'][oi]!,
                employees: [120, 60, 35, 31, 4][oi]! + n,
                partyMembers: [4, 1, 0, 2, 0][oi]!,
                revenueYuan: [80_000_000, 6_000_000, 3_000_000, 2_000_000, 300_000][oi]!,
                hasTradeUnion: oi === 0,
                status: n === 7 ? 'zombie' : 'operating',
                buildingId: b!.id,
                gridId: grid!.id,
                subdistrictId: sub!.id,
                districtId: district!.id,
                location: pt(bx + oi * 0.0001, by),
              })
              .returning();
            orgIds.push(org!.id);
          }
          if (bi === 0 && si === 0 && gi === 0) {
            await tx
              .insert(t.buildingWorkstations)
              .values({ buildingId: b!.id, name: `${b!.name}党建工作站`, staff: 3 });
          }
        }
      }
      await tx.insert(t.serviceCenters).values({
        name: `${s.name}党群服务中心`,
        level: s.kind === 'town' ? 'town' : 'street',
        floorAreaM2: s.kind === 'town' ? 1200 : 800,
        serviceRadiusM: 400,
        location: pt(sx + w / 2, y0 + w / 2),
        districtId: district!.id,
        subdistrictId: sub!.id,
      });
    }
    // A standalone branch in the first organization, a joint branch of three small ones.
    const [standalone] = await tx
      .insert(t.partyOrganizations)
      .values({
        name: '党支部',
        kind: 'branch',
        foundingMode: 'standalone',
        memberCount: 4,
        districtId: district!.id,
        foundedOn: '2018-07-01',
      })
      .returning();
    await tx
      .insert(t.partyOrgUnits)
      .values({ partyOrganizationId: standalone!.id, organizationId: orgIds[0]! });
    const [joint] = await tx
      .insert(t.partyOrganizations)
      .values({
        name: '胜利街道商务楼宇联合党支部',
        kind: 'branch',
        foundingMode: 'regional',
        isJoint: true,
        memberCount: 3,
        districtId: district!.id,
        seat: pt(x0 + w / 3, y0 + w / 4),
        foundedOn: '2019-05-20',
      })
      .returning();
    await tx
      .insert(t.partyOrgUnits)
      .values(
        [1, 2, 3].map((i) => ({ partyOrganizationId: joint!.id, organizationId: orgIds[i]! })),
      );
    const [instructor] = await tx
      .insert(t.instructors)
      .values({ name: '赵党建', phone: '010-69440000', districtId: district!.id })
      .returning();
    await tx
      .insert(t.instructorAssignments)
      .values({ instructorId: instructor!.id, organizationId: orgIds[5]! });
    return { districtId: district!.id, orgIds };
  });
}
