import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../api.ts';
import { initI18n } from '../i18n/i18n.ts';
import { addEditingText } from './editing-i18n.ts';
import { describeRefusal } from './refusal.ts';

// A save refused because it would change a neighbour outside the manager's scope (issue 13):
// translated, naming the neighbour and who can make the change.
const refused = new ApiError([
  {
    message: 'This save changes the neighbouring grids B (Grid:2), which you may not change: …',
    extensions: {
      code: 'FORBIDDEN',
      reason: 'OUT_OF_SCOPE',
      gridIds: ['Grid:2'],
      whoCan: {
        managers: [{ gridId: 'Grid:2', gridName: '幸福东街社区', names: ['王网格'] }],
        administrators: ['李街道'],
      },
    },
  },
]);

describe('refusals in the user language', () => {
  const i18n = initI18n('zh');
  beforeAll(async () => {
    await new Promise<void>((done) => (i18n.isInitialized ? done() : i18n.on('initialized', done)));
    addEditingText();
  });

  it('an out-of-scope neighbour: names it, its manager and the administrators (zh, en)', async () => {
    const names = (id: string) => (id === 'Grid:2' ? '幸福东街社区' : id);
    await i18n.changeLanguage('zh');
    const zh = describeRefusal(refused, i18n.t, names).text;
    expect(zh).toBe(
      '这次修改会改动 幸福东街社区，超出了你的管理范围：请联系其网格长或街道管理员。' +
        '可以处理的人：「幸福东街社区」的网格长 王网格；街道管理员 李街道（可一次保存全部修改）。',
    );
    expect(zh).not.toMatch(/Grid:|neighbouring/);
    await i18n.changeLanguage('en');
    const en = describeRefusal(refused, i18n.t, names).text;
    expect(en).toContain('This edit would change 幸福东街社区, outside your scope');
    expect(en).toContain(
      'Who can: 幸福东街社区 is managed by 王网格; the subdistrict administrators 李街道',
    );
  });

  it('says nothing of who can when nobody is named', async () => {
    await i18n.changeLanguage('zh');
    const bare = new ApiError([
      { message: 'x', extensions: { code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' } },
    ]);
    expect(describeRefusal(bare, i18n.t).text).toBe(
      '这超出了你的管理范围，请联系相关网格的网格长或街道管理员',
    );
  });
});
