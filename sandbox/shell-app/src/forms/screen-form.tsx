// A Jira screen as a form: each visible field with its label, the red asterisk when required, its
// description, and the error Jira (or the required check) reported for it, as Jira lays them out.
import { useId } from 'react';
import { ErrorMessage, HelperMessage, Label, RequiredAsterisk } from '@atlaskit/form';
import type { ShellUser } from '../types';
import { FieldInput, type FieldState } from './field-input';
import type { FormField } from './field-model';

type Props = {
  readonly fields: readonly FormField[];
  readonly states: Readonly<Record<string, FieldState>>;
  readonly errors: Readonly<Record<string, string>>;
  readonly users: readonly ShellUser[];
  readonly onChange: (fieldId: string, value: unknown, commit: boolean) => void;
  readonly onCommit: (fieldId: string) => void;
};

export function ScreenForm({ fields, states, errors, users, onChange, onCommit }: Props) {
  const base = useId();
  return (
    <div className="lb-screen-form">
      {fields.map((field) => {
        const state = states[field.fieldId];
        if (!state || !state.isVisible) return null;
        const id = `${base}-${field.fieldId}`;
        const error = errors[field.fieldId];
        const helpId = state.description ? `${id}-help` : undefined;
        const errorId = error ? `${id}-error` : undefined;
        return (
          <div className="lb-form-field" key={field.fieldId} data-testid={`form-field-${field.fieldId}`}>
            <Label htmlFor={id}>
              {state.name}
              {state.isRequired && <RequiredAsterisk />}
            </Label>
            <FieldInput
              inputId={id} field={field} state={state} users={users} invalid={error !== undefined}
              describedBy={[helpId, errorId].filter(Boolean).join(' ') || undefined}
              onChange={(value, commit) => onChange(field.fieldId, value, commit)} onCommit={() => onCommit(field.fieldId)}
            />
            {state.description && <span id={helpId}><HelperMessage>{state.description}</HelperMessage></span>}
            {error && <span id={errorId}><ErrorMessage testId={`field-error-${field.fieldId}`}>{error}</ErrorMessage></span>}
          </div>
        );
      })}
    </div>
  );
}
