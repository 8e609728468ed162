// The JQL search box of the issue navigator: a monospace query field with a Search button, and Jira's
// error under it (red, with an icon) when Jira rejected the query.
import { useEffect, useId, useState, type FormEvent } from 'react';
import Button from '@atlaskit/button/new';
import Textfield from '@atlaskit/textfield';
import { StatusIcon } from '../chrome/icons';

type Props = { readonly jql: string; readonly errors: readonly string[]; readonly onSearch: (jql: string) => void };

export function JqlBox({ jql, errors, onSearch }: Props) {
  const [draft, setDraft] = useState(jql);
  const inputId = useId();
  const errorId = useId();
  useEffect(() => setDraft(jql), [jql]);

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    onSearch(draft.trim());
  };
  return (
    <form className="lb-jql" onSubmit={submit} role="search">
      <label htmlFor={inputId} className="lb-visually-hidden">
        Search issues with JQL
      </label>
      <div className="lb-jql-row">
        <div className="lb-jql-input">
          <Textfield
            id={inputId}
            value={draft}
            onChange={(e) => setDraft(e.currentTarget.value)}
            isInvalid={errors.length > 0}
            isMonospaced
            aria-describedby={errors.length > 0 ? errorId : undefined}
            testId="jql-input"
            placeholder="Search issues using JQL"
          />
        </div>
        <Button type="submit" appearance="primary" testId="jql-search">
          Search
        </Button>
      </div>
      {errors.length > 0 && (
        <div className="lb-jql-error" id={errorId} role="alert" data-testid="jql-error">
          <StatusIcon type="error" />
          <div>
            {errors.map((m) => (
              <p key={m}>{m}</p>
            ))}
          </div>
        </div>
      )}
    </form>
  );
}
