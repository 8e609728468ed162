// How Telegram shows the bot's answer to a button tap (answerCallbackQuery): a short toast at the top of the
// chat, or, with show_alert, a dialog the person must close (OK or Esc; focus returns where it was).
import { useEffect, useRef } from 'react';

/** `from`: the bot's name (the alert's title, as Telegram shows it). */
export type Notice = { readonly text: string; readonly alert: boolean; readonly from: string };

export function Toast({ notice, onDone }: { readonly notice: Notice | null; readonly onDone: () => void }) {
  useEffect(() => {
    if (!notice || notice.alert) return undefined;
    const timer = setTimeout(onDone, 4000);
    return () => clearTimeout(timer);
  }, [notice, onDone]);
  // The live region stays mounted, so screen readers announce each new text.
  return (
    <div className="lb-tg-toast-slot" role="status" aria-live="polite">
      {notice && !notice.alert && <div className="lb-tg-toast" data-testid="tg-toast">{notice.text}</div>}
    </div>
  );
}

export function AlertDialog({ notice, onClose }: { readonly notice: Notice | null; readonly onClose: () => void }) {
  const ok = useRef<HTMLButtonElement>(null);
  const opener = useRef<Element | null>(null);
  const open = notice?.alert === true;
  useEffect(() => {
    if (!open) return undefined;
    opener.current = document.activeElement;
    ok.current?.focus();
    return () => {
      if (opener.current instanceof HTMLElement) opener.current.focus();
    };
  }, [open]);
  if (!notice?.alert) return null;
  return (
    <div className="lb-tg-backdrop">
      <div className="lb-tg-alert" role="alertdialog" aria-modal="true" aria-labelledby="tg-alert-title" aria-describedby="tg-alert-text" data-testid="tg-alert"
        onKeyDown={(e) => { if (e.key === 'Escape' || e.key === 'Tab') { e.preventDefault(); if (e.key === 'Escape') onClose(); } }}>
        <h2 id="tg-alert-title" className="lb-tg-alert-title">{notice.from}</h2>
        <p id="tg-alert-text" className="lb-tg-alert-text">{notice.text}</p>
        <button ref={ok} type="button" className="lb-tg-send" onClick={onClose} data-testid="tg-alert-ok">OK</button>
      </div>
    </div>
  );
}
