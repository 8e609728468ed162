// Jira's modal dialog: a blanket, a centred dialog with a heading, a scrolling body and a footer.
// Escape and a blanket click close it unless told not to; focus moves in on open and back on close.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { CloseIcon } from './icons';

const WIDTHS: Readonly<Record<string, number>> = { small: 400, medium: 600, large: 800, xlarge: 968 };

export type ModalProps = {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly footer?: ReactNode;
  readonly width?: string | number;
  readonly height?: string;
  readonly closeOnEscape?: boolean;
  readonly closeOnBlanket?: boolean;
  /** App modals draw their own heading: the title stays only as the dialog's accessible name. */
  readonly hideHeader?: boolean;
  readonly testId?: string;
};

export function ModalDialog({ title, onClose, children, footer, width = 'medium', height, closeOnEscape = true, closeOnBlanket = true, hideHeader, testId }: ModalProps) {
  const headingId = useId();
  const dialogRef = useRef<HTMLElement>(null);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const first = dialogRef.current?.querySelector<HTMLElement>('input, textarea, select, button:not([data-modal-close]), iframe, [tabindex]');
    (first ?? dialogRef.current)?.focus();
    return () => previous?.focus();
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape' && closeOnEscape) onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [closeOnEscape, onClose]);

  const px = typeof width === 'number' ? `${width}px` : WIDTHS[width] !== undefined ? `${WIDTHS[width]}px` : width === 'max' || width === 'fullscreen' ? 'calc(100vw - 120px)' : width;
  return createPortal(
    <div className="lb-blanket" onMouseDown={(e) => e.target === e.currentTarget && closeOnBlanket && onClose()}>
      <section
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={hideHeader ? undefined : headingId}
        aria-label={hideHeader ? title : undefined}
        tabIndex={-1}
        className="lb-modal"
        style={{ width: px, height }}
        data-testid={testId}
      >
        {!hideHeader && (
          <header className="lb-modal-header">
            <h1 id={headingId}>{title}</h1>
            <button type="button" className="lb-icon-button" aria-label="Close" onClick={onClose} data-modal-close>
              <CloseIcon />
            </button>
          </header>
        )}
        {/* Scrollable, so keyboard users must be able to focus it (axe: scrollable-region-focusable). */}
        <div className={hideHeader ? 'lb-modal-body lb-modal-body-bare' : 'lb-modal-body'} tabIndex={0}>
          {children}
        </div>
        {footer && <footer className="lb-modal-footer">{footer}</footer>}
      </section>
    </div>,
    document.body,
  );
}
