import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { INDUSTRY_CODES, industryName } from '../i18n/industries.ts';
import { FORM_FIELDS, type Draft, type FieldKey } from './edit-model.ts';

/**
 * The input of one field of the organization form (一企一表): a checkbox, the industry list in the
 * UI's language, or a text box (numbers as typed). The add and the edit forms both use it; each
 * gives its own test-id prefix.
 */
export function FactInput({
  field,
  draft,
  set,
  lang,
  testIdPrefix,
  onBlur,
}: {
  field: (typeof FORM_FIELDS)[number];
  draft: Draft;
  set: (key: (typeof FORM_FIELDS)[number]['key'], value: string | boolean) => void;
  lang: 'zh' | 'en';
  testIdPrefix: string;
  onBlur?: () => void;
}) {
  const testId = `${testIdPrefix}${field.key}`;
  if (field.kind === 'bool')
    return (
      <input
        type="checkbox"
        data-testid={testId}
        checked={Boolean(draft[field.key])}
        onChange={(e) => set(field.key, e.target.checked)}
      />
    );
  if (field.kind === 'industry')
    return (
      <select
        data-testid={testId}
        value={String(draft[field.key])}
        onChange={(e) => set(field.key, e.target.value)}
      >
        {INDUSTRY_CODES.map((c) => (
          <option key={c} value={c}>
            {industryName(c, lang)}
          </option>
        ))}
      </select>
    );
  return (
    <input
      data-testid={testId}
      inputMode={field.kind === 'text' ? 'text' : 'numeric'}
      value={String(draft[field.key])}
      onChange={(e) => set(field.key, e.target.value)}
      onBlur={onBlur}
    />
  );
}

/**
 * The organization form's fields (FORM_FIELDS) as both forms show them: each with its label (with *
 * when required), its input, the server's problem with it beside the input, and anything the form
 * adds below it.
 */
export function FactFields(props: {
  draft: Draft;
  set: (key: FieldKey, value: string | boolean) => void;
  problems: Partial<Record<string, string>>;
  /** The forms' own test-id prefixes: `${input}${key}` for inputs, `${problem}${key}` for problems. */
  testIds: { input: string; problem: string };
  required?: readonly FieldKey[];
  onBlur?: Partial<Record<FieldKey, () => void>>;
  below?: Partial<Record<FieldKey, ReactNode>>;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  return FORM_FIELDS.map((f) => {
    const problem = props.problems[f.key];
    return (
      <label
        key={f.key}
        className={`field${f.kind === 'bool' ? ' check' : ''}${problem ? ' invalid' : ''}`}
      >
        <span>
          {t(`ledgerEdit.field.${f.key}`)}
          {props.required?.includes(f.key) && ' *'}
        </span>
        <FactInput
          field={f}
          draft={props.draft}
          set={props.set}
          lang={lang}
          testIdPrefix={props.testIds.input}
          onBlur={props.onBlur?.[f.key]}
        />
        {problem && (
          <em className="problem" data-testid={`${props.testIds.problem}${f.key}`}>
            {problem}
          </em>
        )}
        {props.below?.[f.key]}
      </label>
    );
  });
}
