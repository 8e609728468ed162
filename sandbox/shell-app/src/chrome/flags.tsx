// Jira's flags, stacked at the bottom left: an icon by type, a title, a description, the app's actions
// and a dismiss button. Announced to screen readers; auto-dismissing flags close after 8 seconds.
import { closeFlag, useOverlays } from '../host/overlays';
import { CloseIcon, StatusIcon } from './icons';

export function Flags() {
  const { flags } = useOverlays();
  if (flags.length === 0) return null;
  return (
    <div className="lb-flags" aria-live="polite">
      {flags.map((flag) => (
        <div key={flag.id} role="alert" className={flag.bold ? `lb-flag lb-flag-bold lb-flag-${flag.type}` : 'lb-flag'} data-testid="flag">
          <StatusIcon type={flag.type} />
          <div className="lb-flag-content">
            <div className="lb-flag-title">{flag.title}</div>
            {flag.description && <div className="lb-flag-description">{flag.description}</div>}
            {flag.actions.length > 0 && (
              <div className="lb-flag-actions">
                {flag.actions.map((a) => (
                  <button key={a.text} type="button" className="lb-link-button" onClick={() => a.onClick()}>
                    {a.text}
                  </button>
                ))}
              </div>
            )}
          </div>
          <button type="button" className="lb-icon-button" aria-label="Dismiss" onClick={() => closeFlag(flag.id)}>
            <CloseIcon />
          </button>
        </div>
      ))}
    </div>
  );
}
