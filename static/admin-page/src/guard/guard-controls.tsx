// Labelled inputs of the transition-rule editor. Each knows its path in the section value
// (`rules.0.fields.1.ref`), so the server's error for that path appears right under it.
import { createContext, useContext, type ReactNode } from 'react';
import { ErrorMessage, Label } from '@atlaskit/form';
import Select from '@atlaskit/select/default';
import Textfield from '@atlaskit/textfield';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import type { MessageKey } from '@shared/contract';
import { useI18n } from '@ui/i18n';

export const GuardErrors = createContext<Readonly<Record<string, MessageKey>>>({});
export const GuardReadOnly = createContext(false);

export const guardInputId = (path: string): string => `lb-guard-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;

function Row({ path, label, children }: { readonly path: string; readonly label: string; readonly children: ReactNode }) {
  const { t } = useI18n();
  const error = useContext(GuardErrors)[path];
  return (
    <Stack space="space.050">
      <Label htmlFor={guardInputId(path)}>{label}</Label>
      {children}
      {error && (
        <div id={`${guardInputId(path)}-error`} data-testid={`guard-error-${path}`}>
          <ErrorMessage>{t(error)}</ErrorMessage>
        </div>
      )}
    </Stack>
  );
}

type TextProps = { readonly path: string; readonly label: string; readonly value: string; readonly onChange: (v: string) => void; readonly multiline?: boolean };

export function GuardText({ path, label, value, onChange, multiline }: TextProps) {
  const readOnly = useContext(GuardReadOnly);
  const invalid = useContext(GuardErrors)[path] !== undefined;
  const id = guardInputId(path);
  const aria = { 'aria-invalid': invalid || undefined, 'aria-describedby': invalid ? `${id}-error` : undefined };
  return (
    <Row path={path} label={label}>
      {multiline ? (
        <textarea id={id} data-testid={`guard-input-${path}`} className="lb-guard-textarea" rows={4} readOnly={readOnly} value={value} onChange={(e) => onChange(e.target.value)} {...aria} />
      ) : (
        <Textfield id={id} testId={`guard-input-${path}`} isReadOnly={readOnly} isInvalid={invalid} autoComplete="off" value={value} onChange={(e) => onChange(e.currentTarget.value)} {...aria} />
      )}
    </Row>
  );
}

export type GuardOption = { readonly label: string; readonly value: string };
const PORTAL = { menuPortal: (base: object): object => ({ ...base, zIndex: 1000 }) };
type SelectProps = { readonly path: string; readonly label: string; readonly value: string; readonly options: readonly GuardOption[]; readonly onChange: (v: string) => void };

export function GuardSelect({ path, label, value, options, onChange }: SelectProps) {
  const readOnly = useContext(GuardReadOnly);
  const invalid = useContext(GuardErrors)[path] !== undefined;
  return (
    <Row path={path} label={label}>
      <div data-testid={`guard-input-${path}`}>
        <Select<GuardOption, false>
          inputId={guardInputId(path)} isDisabled={readOnly} isInvalid={invalid} options={options}
          value={options.find((o) => o.value === value) ?? null} onChange={(o) => o && onChange(o.value)}
          menuPortalTarget={document.body} styles={PORTAL}
        />
      </div>
    </Row>
  );
}

export function GuardCheckbox({ path, label, checked, onChange }: { readonly path: string; readonly label: string; readonly checked: boolean; readonly onChange: (v: boolean) => void }) {
  const readOnly = useContext(GuardReadOnly);
  return (
    <label className="lb-admin-check" htmlFor={guardInputId(path)}>
      <input id={guardInputId(path)} type="checkbox" data-testid={`guard-input-${path}`} disabled={readOnly} checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}

/** The server's error for a path that has no single input of its own (`rules.0.fields`, `rules.0.message`). */
export function PathError({ path }: { readonly path: string }) {
  const { t } = useI18n();
  const error = useContext(GuardErrors)[path];
  return error ? <div data-testid={`guard-error-${path}`}><ErrorMessage>{t(error)}</ErrorMessage></div> : null;
}
