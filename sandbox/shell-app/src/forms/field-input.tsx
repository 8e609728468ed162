// The editor of one screen field by kind: text, text area, single/multi select (Atlaskit Select),
// user picker, labels, date, date-time and number. Values are in the UI-modifications getValue shape.
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import { asArray, asRecord, asString } from '../json';
import type { ShellUser } from '../types';
import { adfToText } from './adf-text';
import { fromLocalInput, toLocalInput } from './date-time';
import { optionValue, type FormField, type Option } from './field-model';

export type FieldState = {
  readonly value: unknown;
  readonly isVisible: boolean;
  readonly isRequired: boolean;
  readonly isReadOnly: boolean;
  readonly name: string;
  readonly description: string;
  readonly optionsVisibility?: { readonly options: readonly string[]; readonly isVisible: boolean };
};

type Props = {
  readonly inputId: string;
  readonly field: FormField;
  readonly state: FieldState;
  readonly users: readonly ShellUser[];
  readonly invalid: boolean;
  readonly describedBy?: string;
  readonly onChange: (value: unknown, commit: boolean) => void;
  readonly onCommit: () => void;
};

type SelectOption = { readonly label: string; readonly value: string };
const portal = { menuPortal: (base: object) => ({ ...base, zIndex: 1000 }) };

function visibleOptions(field: FormField, state: FieldState): readonly Option[] {
  const rule = state.optionsVisibility;
  if (!rule) return field.options;
  return field.options.filter((o) => rule.options.includes(o.id) === rule.isVisible);
}

export function FieldInput({ inputId, field, state, users, invalid, describedBy, onChange, onCommit }: Props) {
  const common = { isDisabled: state.isReadOnly, 'aria-describedby': describedBy };
  switch (field.kind) {
    case 'textarea':
      return (
        <textarea
          id={inputId} className={invalid ? 'lb-textarea lb-invalid' : 'lb-textarea'} rows={5} value={adfToText(state.value)} disabled={state.isReadOnly}
          aria-invalid={invalid} aria-describedby={describedBy} onChange={(e) => onChange(e.currentTarget.value, false)} onBlur={onCommit}
        />
      );
    case 'select':
    case 'multiselect': {
      const options: SelectOption[] = visibleOptions(field, state).map((o) => ({ label: o.label, value: o.id }));
      const ids = field.kind === 'select' ? [asString(asRecord(state.value).id)] : asArray(state.value).map((v) => asString(asRecord(v).id));
      const selected = options.filter((o) => ids.includes(o.value));
      const toValue = (id: string): unknown => {
        const o = field.options.find((x) => x.id === id);
        return o ? optionValue(o) : null;
      };
      return (
        <Select<SelectOption, boolean>
          inputId={inputId} options={options} isMulti={field.kind === 'multiselect'} isClearable={!state.isRequired} isInvalid={invalid} {...common}
          value={field.kind === 'select' ? selected[0] ?? null : selected} menuPortalTarget={document.body} styles={portal}
          onChange={(v) => onChange(Array.isArray(v) ? v.map((o: SelectOption) => toValue(o.value)) : v && 'value' in v ? toValue(v.value) : null, true)}
        />
      );
    }
    case 'user': {
      const options: SelectOption[] = users.map((u) => ({ label: u.displayName, value: u.accountId }));
      const id = asString(asRecord(state.value).accountId);
      return (
        <Select<SelectOption, false>
          inputId={inputId} options={options} isClearable={!state.isRequired} isInvalid={invalid} {...common} placeholder="Unassigned" menuPortalTarget={document.body} styles={portal}
          value={options.find((o) => o.value === id) ?? null}
          onChange={(v) => onChange(v ? { accountId: v.value, displayName: v.label } : null, true)}
        />
      );
    }
    case 'labels':
      return (
        <Textfield
          id={inputId} value={asArray(state.value).map((v) => asString(v)).join(' ')} isInvalid={invalid} isDisabled={state.isReadOnly} aria-describedby={describedBy}
          onChange={(e) => onChange(e.currentTarget.value.split(/\s+/).filter(Boolean), false)} onBlur={onCommit}
        />
      );
    case 'datetime':
    case 'date':
      return (
        <input
          id={inputId} type={field.kind === 'date' ? 'date' : 'datetime-local'} className={invalid ? 'lb-input lb-invalid' : 'lb-input'} disabled={state.isReadOnly}
          aria-invalid={invalid} aria-describedby={describedBy}
          value={field.kind === 'date' ? asString(state.value) : toLocalInput(state.value)}
          onChange={(e) => onChange(field.kind === 'date' ? e.currentTarget.value || null : fromLocalInput(e.currentTarget.value), true)}
        />
      );
    case 'number':
    case 'text':
      return (
        <Textfield
          id={inputId} type={field.kind === 'number' ? 'number' : 'text'} value={state.value === null || state.value === undefined ? '' : asString(state.value)} isInvalid={invalid}
          isDisabled={state.isReadOnly} aria-describedby={describedBy} testId={`field-${field.fieldId}`}
          onChange={(e) => onChange(field.kind === 'number' ? (e.currentTarget.value === '' ? null : Number(e.currentTarget.value)) : e.currentTarget.value, false)}
          onBlur={onCommit}
        />
      );
    default:
      return <p className="lb-muted" id={inputId}>This field type cannot be edited here.</p>;
  }
}
