// Labelled inputs of the template editor. Each knows its path in the section value (`templates.0.fields.2
// .label.en`), so the server's error for that path appears right under it.
import { createContext, useContext, type ReactNode } from 'react';
import { ErrorMessage, Label } from '@atlaskit/form';
import Select from '@atlaskit/select/default';
import Textfield from '@atlaskit/textfield';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import type { MessageKey } from '@shared/contract';
import { useI18n } from '@ui/i18n';

/** The field errors of the last save, by path. */
export const EditorErrors = createContext<Readonly<Record<string, MessageKey>>>({});
export const EditorReadOnly = createContext(false);

const idOf = (path: string): string => `lb-tpl-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;

function Row({ path, label, children }: { readonly path: string; readonly label: string; readonly children: ReactNode }) {
  const { t } = useI18n();
  const error = useContext(EditorErrors)[path];
  return (
    <Stack space="space.050">
      <Label htmlFor={idOf(path)}>{label}</Label>
      {children}
      {error && (
        <div id={`${idOf(path)}-error`} data-testid={`template-error-${path}`}>
          <ErrorMessage>{t(error)}</ErrorMessage>
        </div>
      )}
    </Stack>
  );
}

type TextRowProps = {
  readonly path: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (v: string) => void;
  readonly onBlur?: () => void;
  readonly multiline?: boolean;
  readonly type?: 'text' | 'number';
};

export function TextRow({ path, label, value, onChange, onBlur, multiline, type = 'text' }: TextRowProps) {
  const readOnly = useContext(EditorReadOnly);
  const invalid = useContext(EditorErrors)[path] !== undefined;
  const id = idOf(path);
  const common = { id, onBlur, 'data-testid': `template-input-${path}`, 'aria-invalid': invalid || undefined, 'aria-describedby': invalid ? `${id}-error` : undefined };
  return (
    <Row path={path} label={label}>
      {multiline ? (
        <textarea {...common} className="lb-admin-textarea" rows={4} readOnly={readOnly} value={value} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <Textfield {...common} testId={`template-input-${path}`} type={type} isReadOnly={readOnly} isInvalid={invalid} autoComplete="off" value={value} onChange={(e) => onChange(e.currentTarget.value)} />
      )}
    </Row>
  );
}

type Option = { readonly label: string; readonly value: string };
type SelectRowProps = { readonly path: string; readonly label: string; readonly value: string; readonly options: readonly Option[]; readonly onChange: (v: string) => void };

export function SelectRow({ path, label, value, options, onChange }: SelectRowProps) {
  const readOnly = useContext(EditorReadOnly);
  return (
    <Row path={path} label={label}>
      <div data-testid={`template-input-${path}`}>
        <Select<Option, false>
          inputId={idOf(path)}
          isDisabled={readOnly}
          options={options}
          value={options.find((o) => o.value === value) ?? null}
          onChange={(o) => o && onChange(o.value)}
        />
      </div>
    </Row>
  );
}

export function CheckRow({ path, label, checked, onChange }: { readonly path: string; readonly label: string; readonly checked: boolean; readonly onChange: (v: boolean) => void }) {
  const readOnly = useContext(EditorReadOnly);
  return (
    <label className="lb-admin-check" htmlFor={idOf(path)}>
      <input id={idOf(path)} type="checkbox" data-testid={`template-input-${path}`} disabled={readOnly} checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}
