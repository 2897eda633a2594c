import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusField } from './StatusOptions.tsx';
import type { EditResultFieldsFragment, OrgStatus } from '../__generated__/graphql.ts';
import { ApiError, request } from '../api.ts';
import { TableHead } from '../app/TableHead.tsx';
import { statusOf } from '../cards/status.ts';
import { CoverageChange } from './CoverageChange.tsx';
import { dateTime } from '../i18n/i18n.ts';
import { industryName } from '../i18n/industries.ts';
import { FactFields } from './FactInput.tsx';
import { LEDGER_CHANGED, useRequest } from '../use-request.ts';
import {
  draftOf,
  factsPatch,
  invalidNumbers,
  problemsByField,
  shownValue,
  type Draft,
  type OrgFacts,
} from './edit-model.ts';
import {
  OrgEditQuery,
  SetOrganizationStatusMutation,
  UpdateOrganizationMutation,
} from './ledger-edit-queries.ts';
import './ledger-edit.css';

interface Conflict {
  who: string;
  when: string;
  version: number;
}

/**
 * Edits one organization's ledger entry in place (issue 16): the user changes the form, sees what
 * the save will change (a dry run on the server: the fields and the coverage before -> after),
 * then confirms. A stale version shows who saved first and offers to reload.
 */
export function OrgEditor(props: { id: string; onDone(saved: boolean): void }) {
  // a reload (after a conflict) mounts a fresh loader, which reads the current version
  const [loads, setLoads] = useState(0);
  return <EditLoader key={loads} {...props} reload={() => setLoads(loads + 1)} />;
}

function EditLoader(props: { id: string; onDone(saved: boolean): void; reload(): void }) {
  const { data, error } = useRequest(OrgEditQuery, { id: props.id });
  const o = data?.organization;
  const { t } = useTranslation();
  if (error) return <p className="error">{error}</p>;
  if (!o) return <p>{t('app.loading')}</p>;
  return <EditForm o={o} onDone={props.onDone} reload={props.reload} />;
}

function EditForm({
  o,
  onDone,
  reload,
}: {
  o: OrgFacts;
  onDone(saved: boolean): void;
  reload(): void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const [draft, setDraft] = useState<Draft>(() => draftOf(o));
  const [status, setStatus] = useState<OrgStatus>(o.status);
  const [preview, setPreview] = useState<EditResultFieldsFragment | null>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [busy, setBusy] = useState(false);

  const patch = factsPatch(o, draft);
  const statusChanged = status !== o.status;

  async function run(dryRun: boolean) {
    setMessage(null);
    setProblems({});
    const bad = invalidNumbers(draft);
    if (bad.length) {
      setProblems(Object.fromEntries(bad.map((k) => [k, t('ledgerEdit.notANumber')])));
      return;
    }
    if (statusChanged && Object.keys(patch).length > 0) {
      setMessage(t('ledgerEdit.oneAtATime'));
      return;
    }
    setBusy(true);
    try {
      const vars = { id: o.id, expectedVersion: o.version, dryRun };
      const result = statusChanged
        ? (await request(SetOrganizationStatusMutation, { ...vars, status })).setOrganizationStatus
        : (await request(UpdateOrganizationMutation, { ...vars, facts: patch })).updateOrganization;
      if (dryRun) setPreview(result);
      else {
        window.dispatchEvent(new CustomEvent(LEDGER_CHANGED, { detail: { id: o.id } }));
        onDone(true);
      }
    } catch (e) {
      setPreview(null);
      if (e instanceof ApiError && e.code === 'CONFLICT' && !e.retryable) {
        const x = e.errors[0]!.extensions!;
        setConflict({
          who: String(x.updatedBy ?? '?'),
          when: String(x.updatedAt ?? ''),
          version: Number(x.currentVersion),
        });
      } else if (e instanceof ApiError && e.code === 'BAD_USER_INPUT') {
        const byField = problemsByField(e.errors[0]!.extensions, e.message);
        setProblems(byField);
        if (byField.facts || byField.status) setMessage(byField.facts ?? byField.status ?? null);
      } else setMessage((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const set = (k: keyof Draft, v: string | boolean) => {
    setPreview(null);
    setDraft({ ...draft, [k]: v });
  };
  const shown = (field: string, v: unknown) =>
    field === 'status' && typeof v === 'string'
      ? t(`status.${v}`)
      : field === 'industry' && typeof v === 'string'
        ? industryName(v, lang)
        : shownValue(v, t('ledgerEdit.yes'), t('ledgerEdit.no'), t('card.none'));

  if (conflict) {
    return (
      <section className="ledger-edit" data-testid="edit-conflict">
        <p className="error">
          {t('ledgerEdit.conflict', {
            who: conflict.who,
            when: dateTime(conflict.when, i18n.language),
            version: conflict.version,
          })}
        </p>
        <button onClick={reload}>{t('ledgerEdit.reload')}</button>
      </section>
    );
  }

  return (
    <section className="ledger-edit" data-testid="org-editor">
      <h3>
        {t('ledgerEdit.title')} <small>{t('ledgerEdit.version', { version: o.version })}</small>
      </h3>
      <StatusField
        label={t('filters.status')}
        value={status}
        testId="edit-status"
        onChange={(next) => {
          setPreview(null);
          setStatus(next);
        }}
      />
      <FactFields
        draft={draft}
        set={set}
        problems={problems}
        testIds={{ input: 'edit-', problem: 'problem-' }}
      />
      {message && (
        <p className="error" data-testid="edit-message">
          {message}
        </p>
      )}
      {preview ? (
        <Preview
          preview={preview}
          lang={lang}
          shown={shown}
          busy={busy}
          onSave={() => run(false)}
          onBack={() => setPreview(null)}
        />
      ) : (
        <div className="actions">
          <button
            data-testid="edit-preview-button"
            disabled={busy || (!statusChanged && Object.keys(patch).length === 0)}
            onClick={() => run(true)}
          >
            {t('ledgerEdit.preview')}
          </button>
          <button onClick={() => onDone(false)}>{t('ledgerEdit.cancel')}</button>
        </div>
      )}
    </section>
  );
}

function Preview(props: {
  preview: EditResultFieldsFragment;
  lang: 'zh' | 'en';
  shown(field: string, v: unknown): string;
  busy: boolean;
  onSave(): void;
  onBack(): void;
}) {
  const { t } = useTranslation();
  const { changes, coverageBefore: b, coverageAfter: a } = props.preview;
  const before = b && statusOf(b);
  const after = a && statusOf(a);
  return (
    <div className="preview" data-testid="edit-preview">
      <h4>{t('ledgerEdit.willChange')}</h4>
      <table>
        <TableHead
          labels={[t('ledgerEdit.fieldName'), t('ledgerEdit.before'), t('ledgerEdit.after')]}
        />
        <tbody>
          {changes.map((c) => (
            <tr key={c.field}>
              <td>{t(`ledgerEdit.field.${c.field}`, { defaultValue: c.field })}</td>
              <td className="before">{props.shown(c.field, c.before)}</td>
              <td className="after">{props.shown(c.field, c.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {before && after && (
        <CoverageChange before={before} after={after} testId="edit-coverage-change">
          {before === after && <> {t('ledgerEdit.unchanged')}</>}
        </CoverageChange>
      )}
      {a && <p className="summary">{a.summary[props.lang]}</p>}
      <div className="actions">
        <button
          className="primary"
          data-testid="edit-save"
          disabled={props.busy}
          onClick={props.onSave}
        >
          {t('ledgerEdit.save')}
        </button>
        <button onClick={props.onBack}>{t('ledgerEdit.back')}</button>
      </div>
    </div>
  );
}
