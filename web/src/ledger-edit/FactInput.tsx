import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { INDUSTRY_CODES, industryName } from '../i18n/industries.ts';
import { FORM_FIELDS, type Draft } from './edit-model.ts';

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
 * One field of the organization form as both forms show it: its label (with * when required),
 * its input, the server's problem with it beside the input, and anything the form adds below.
 */
export function FactField(props: {
  field: (typeof FORM_FIELDS)[number];
  draft: Draft;
  set: (key: (typeof FORM_FIELDS)[number]['key'], value: string | boolean) => void;
  lang: 'zh' | 'en';
  testIdPrefix: string;
  problem?: string;
  problemTestId: string;
  required?: boolean;
  onBlur?: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const f = props.field;
  return (
    <label
      className={`field${f.kind === 'bool' ? ' check' : ''}${props.problem ? ' invalid' : ''}`}
    >
      <span>
        {t(`ledgerEdit.field.${f.key}`)}
        {props.required && ' *'}
      </span>
      <FactInput
        field={f}
        draft={props.draft}
        set={props.set}
        lang={props.lang}
        testIdPrefix={props.testIdPrefix}
        onBlur={props.onBlur}
      />
      {props.problem && (
        <em className="problem" data-testid={props.problemTestId}>
          {props.problem}
        </em>
      )}
      {props.children}
    </label>
  );
}
