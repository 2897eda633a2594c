import type { Resolvers } from '../__generated__/resolvers.ts';
import { canImportRow, requireImportLedger, requireSignedIn } from '../auth/authorize.ts';
import { badInput } from '../errors.ts';
import { parseIdOf } from '../graphql/ids.ts';
import { parseScope, requireProfile } from '../policy/index.ts';
import { exportOrganizationForm, exportOrganizations, XLSX_MIME } from './export.ts';
import { importLedger } from './import.ts';
import { IMPORT_LIMITS } from './limits.ts';
import { formatOf } from './sheet.ts';

export const LEDGER_REASONS = {
  UNSUPPORTED_FILE: 'UNSUPPORTED_FILE',
  NOT_BASE64: 'NOT_BASE64',
  FILE_TOO_LARGE: 'FILE_TOO_LARGE',
} as const;

declare module '../errors.ts' {
  interface InputReasonRegistry {
    ledger: (typeof LEDGER_REASONS)[keyof typeof LEDGER_REASONS];
  }
}

/** A file name safe for Content-Disposition and downloads. */
export const safeFileName = (s: string) => s.replace(/[\\/:*?"<>|\s]+/g, '_');

export const ledgerResolvers: Resolvers = {
  Query: {
    exportLedger: async (_, { scope, profile }, ctx) => {
      requireSignedIn(ctx);
      const p = await requireProfile(ctx, profile);
      const s = await parseScope(ctx.database.db, scope, 'scope');
      const { buffer, rows } = await exportOrganizations(ctx.database, s, p);
      const date = new Date().toISOString().slice(0, 10);
      return {
        fileName: `台账_${s.kind}${'id' in s ? `-${s.id}` : ''}_${p.key}_${date}.xlsx`,
        mimeType: XLSX_MIME,
        contentBase64: buffer.toString('base64'),
        rows,
      };
    },
    exportOrganizationForm: async (_, { id, profile }, ctx) => {
      requireSignedIn(ctx);
      const orgId = parseIdOf('Organization', id, 'id');
      const p = await requireProfile(ctx, profile);
      const form = await exportOrganizationForm(ctx.database, orgId, p);
      if (!form) return null;
      return {
        fileName: `一企一表_${safeFileName(form.name)}.xlsx`,
        mimeType: XLSX_MIME,
        contentBase64: form.buffer.toString('base64'),
        rows: 1,
      };
    },
  },
  Mutation: {
    importLedger: async (_, { file, crs, mode, dryRun }, ctx) => {
      const user = await requireImportLedger(ctx);
      const format = formatOf(file.name);
      if (!format) {
        throw badInput(
          'file.name',
          LEDGER_REASONS.UNSUPPORTED_FILE,
          'expected a .xlsx or .csv file',
        );
      }
      // the length first: a huge argument is refused before it is scanned or decoded (3% slack
      // for the line breaks of MIME-style base64)
      const max = IMPORT_LIMITS.maxFileBytes;
      if (file.contentBase64.length > Math.ceil((max / 3) * 4 * 1.03)) {
        throw badInput(
          'file.contentBase64',
          LEDGER_REASONS.FILE_TOO_LARGE,
          `file larger than ${max / 2 ** 20} MB`,
        );
      }
      if (!/^[A-Za-z0-9+/=\s]*$/.test(file.contentBase64)) {
        throw badInput('file.contentBase64', LEDGER_REASONS.NOT_BASE64, 'not base64');
      }
      const buffer = Buffer.from(file.contentBase64, 'base64');
      if (buffer.length > max) {
        throw badInput(
          'file.contentBase64',
          LEDGER_REASONS.FILE_TOO_LARGE,
          `file larger than ${max / 2 ** 20} MB`,
        );
      }
      return importLedger(ctx.database, buffer, {
        fileName: file.name,
        format,
        crs: crs ?? 'wgs84',
        mode: mode ?? 'all_or_nothing',
        dryRun: dryRun ?? false,
        actor: ctx.actor,
        // per row, for the organization's current grid and its new one, decided by the one
        // authorization module (null: outside every grid, district administrators only)
        canWrite:
          user.scopes === 'all'
            ? undefined
            : async (gridId, tx) => (await canImportRow(user, tx, { gridId })).ok,
      });
    },
  },
};
