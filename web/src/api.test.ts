import { describe, expect, it } from 'vitest';
import { ApiError, RETRYABLE } from './api.ts';
import { describeRefusal } from './editing/refusal.ts';
import { addEditingText } from './editing/editing-i18n.ts';
import { initI18n } from './i18n/i18n.ts';

/** What format-error.ts sends for PostgreSQL's lock timeout (55P03): CONFLICT, no version. */
const lockTimeout = {
  message:
    '其他人正在修改相同的数据，未保存，请稍后重试 (being changed by someone else right now; nothing was saved, retry)',
  extensions: { code: 'CONFLICT' },
};
const stale = {
  message: 'Grid 1 was changed by admin',
  extensions: { code: 'CONFLICT', gridId: 'Grid:1', expectedVersion: 1, currentVersion: 2 },
};
const taken = {
  message: 'already exists (users_username_uq)',
  extensions: { code: 'CONFLICT', reason: 'users_username_uq' },
};

describe('a CONFLICT that only asks to retry (lock timeout, deadlock, serialization)', () => {
  const i18n = initI18n('zh');
  addEditingText();

  it('says so in Chinese by default and in English, and is marked retryable', async () => {
    await i18n.changeLanguage('zh');
    const e = new ApiError([lockTimeout]);
    expect(e.retryable).toBe(true);
    expect(e.code).toBe('CONFLICT');
    expect(e.message).toBe('其他人正在修改相同的数据，本次未保存，请稍后重试');
    expect(e.errors[0]!.extensions!.reason).toBe(RETRYABLE);
    // The grid editor words refusals by reason: this one is not "someone changed this grid".
    expect(describeRefusal(e, i18n.t).text).toContain('请稍后重试');
    await i18n.changeLanguage('en');
    expect(new ApiError([lockTimeout]).message).toMatch(/nothing was saved, please retry/);
    await i18n.changeLanguage('zh');
  });

  it('leaves stale versions and taken values as the server said them', () => {
    for (const detail of [stale, taken]) {
      const e = new ApiError([detail]);
      expect(e.retryable).toBe(false);
      expect(e.message).toBe(detail.message);
      expect(e.errors[0]).toEqual(detail);
    }
  });
});
