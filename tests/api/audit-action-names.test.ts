import { assertInterfaceType, buildSchema } from 'graphql';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '../../server/src/audit/audit-types.ts';
import { en } from '../../web/src/i18n/en.ts';
import { zh } from '../../web/src/i18n/zh.ts';

// A card's history names each change in the UI's language (not "organization.update"): every
// action recorded on an object that has a history (implements Audited) has a name in both
// languages, so a new action cannot reach the cards untranslated.
const schemaDir = new URL('../../schema/', import.meta.url);
const sdl = readdirSync(schemaDir)
  .filter((f) => f.endsWith('.graphql'))
  .map((f) => readFileSync(new URL(f, schemaDir), 'utf8'))
  .join('\n');

describe('audit action names on the cards', () => {
  it('names every action of an Audited type in Chinese and English', () => {
    const schema = buildSchema(sdl);
    const audited = assertInterfaceType(schema.getType('Audited'));
    const types = new Set<string>(schema.getPossibleTypes(audited).map((t) => t.name));
    expect([...types].sort()).toEqual(
      ['BuildingWorkstation', 'Grid', 'Organization', 'PartyOrganization', 'ServiceCenter'].sort(),
    );
    const shown = Object.entries(AUDIT_ACTIONS).filter(([, type]) => types.has(type));
    expect(shown.length).toBeGreaterThan(20);
    for (const [action] of shown) {
      const key = action.replaceAll('.', '_') as keyof typeof zh.history.action;
      expect(zh.history.action[key], `zh name of ${action}`).toMatch(/\p{Script=Han}/u);
      expect(en.history.action[key], `en name of ${action}`).toMatch(/^[A-Z][^\p{Script=Han}]*$/u);
    }
  });
});
