// The status button at the top of the issue's right column: the current status coloured by category;
// opening it loads the transitions available to the signed-in user (with their screen fields).
import { useState } from 'react';
import Lozenge, { type ThemeAppearance } from '@atlaskit/lozenge';
import Spinner from '@atlaskit/spinner';
import { ChevronDownIcon } from '../chrome/icons';
import { PopupMenu } from '../chrome/popup-menu';
import { requestJira } from '../host/host-client';
import { asArray, asRecord, asString, type Json } from '../json';

const LOOK: Readonly<Record<string, { className: string; appearance: ThemeAppearance }>> = {
  new: { className: 'lb-status-new', appearance: 'default' },
  indeterminate: { className: 'lb-status-progress', appearance: 'inprogress' },
  done: { className: 'lb-status-done', appearance: 'success' },
};

type Props = { readonly issueKey: string; readonly status: Json; readonly onTransition: (transition: Json) => void };

export function StatusButton({ issueKey, status, onTransition }: Props) {
  const [transitions, setTransitions] = useState<readonly Json[] | null>(null);
  const category = asString(asRecord(status.statusCategory).key);
  const look = LOOK[category] ?? LOOK.new;

  const load = (): void => {
    setTransitions(null);
    void requestJira(`/rest/api/3/issue/${encodeURIComponent(issueKey)}/transitions?expand=transitions.fields`).then((res) => {
      setTransitions(asArray(asRecord(res.body).transitions).map(asRecord).filter((t) => t.isAvailable !== false));
    });
  };

  const items = (transitions ?? []).map((t) => {
    const to = asRecord(t.to);
    return {
      key: asString(t.id),
      label: asString(t.name),
      icon: <Lozenge appearance={LOOK[asString(asRecord(to.statusCategory).key)]?.appearance ?? 'default'}>{asString(to.name)}</Lozenge>,
      onSelect: () => onTransition(t),
      testId: `transition-${asString(t.id)}`,
    };
  });
  return (
    <PopupMenu
      label="Transitions"
      items={items}
      footer={transitions === null ? <div className="lb-popup-loading"><Spinner size="small" label="Loading transitions" /></div> : items.length === 0 ? <p className="lb-popup-empty">No transitions available</p> : null}
      trigger={({ open, toggle, id }) => (
        <button
          type="button"
          className={`lb-status-button ${look?.className ?? ''}`}
          aria-haspopup="menu"
          aria-expanded={open}
          aria-controls={open ? id : undefined}
          aria-label={`${asString(status.name)} - change status`}
          onClick={() => {
            if (!open) load();
            toggle();
          }}
          data-testid="status-button"
        >
          {asString(status.name)} <ChevronDownIcon />
        </button>
      )}
    />
  );
}
