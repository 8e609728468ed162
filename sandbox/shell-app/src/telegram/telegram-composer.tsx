// The composer under the open chat: who posts ("Post as"), the reply bar (quoted sender and text, ✕ or Esc
// cancels), the text box (a ForceReply's placeholder when the bot asked) and "Message the bot", which opens
// the selected person's private chat with the bot. Posts through telegram-actions.ts; shows refusals inline.
import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { TgMsg, TgPerson } from './telegram-api';
import { postAsPerson } from './telegram-actions';
import { shortText } from './telegram-bubble';

export type ComposerProps = {
  readonly chatId: number;
  readonly isPrivate: boolean;
  readonly people: readonly TgPerson[];
  readonly author: TgPerson | undefined;
  readonly onAuthor: (id: number) => void;
  readonly reply: TgMsg | null;
  readonly onCancelReply: () => void;
  /** The forum topic posts go to (null: General, or not a forum). */
  readonly threadId: number | null;
  readonly placeholder: string;
  readonly onPosted: () => void;
  readonly onMessageBot: (person: TgPerson) => void;
};

export function Composer(p: ComposerProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const send = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (!p.author || text.trim() === '') return;
    setBusy(true);
    try {
      await postAsPerson(p.chatId, p.author.id, text, { replyToMessageId: p.reply?.id ?? null, threadId: p.threadId });
      setText('');
      setError(null);
      p.onCancelReply();
      p.onPosted();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
      input.current?.focus();
    }
  };
  const onKey = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (e.key === 'Escape' && p.reply) {
      e.preventDefault();
      p.onCancelReply();
    }
  };
  return (
    <div className="lb-tg-compose" onKeyDown={onKey}>
      {p.reply && (
        <div className="lb-tg-replybar" role="group" aria-label="Reply" data-testid="tg-replybar" data-reply-to={p.reply.id}>
          <span className="lb-tg-replybar-icon" aria-hidden="true">↩</span>
          <span className="lb-tg-replybar-body">
            <span className="lb-tg-reply-from">Reply to {p.reply.from?.name ?? 'unknown'}</span>
            <span className="lb-tg-reply-text">{shortText(p.reply)}</span>
          </span>
          <button type="button" className="lb-tg-icon-button" onClick={() => { p.onCancelReply(); input.current?.focus(); }} aria-label="Cancel reply" data-testid="tg-reply-cancel">✕</button>
        </div>
      )}
      <form className="lb-tg-composer" onSubmit={(e) => void send(e)}>
        <label className="lb-tg-as">
          <span>Post as</span>
          <select value={p.author?.id ?? ''} onChange={(e) => p.onAuthor(Number(e.target.value))} data-testid="tg-post-as">
            {p.people.map((x) => <option key={x.id} value={x.id}>{x.name}</option>)}
          </select>
        </label>
        <input ref={input} id="tg-composer-input" className="lb-tg-input" aria-label={p.reply ? `Reply to ${p.reply.from?.name ?? 'unknown'}` : 'Message'} placeholder={p.placeholder}
          value={text} onChange={(e) => setText(e.target.value)} data-testid="tg-input" />
        <button type="submit" className="lb-tg-send" disabled={busy || !p.author || text.trim() === ''} data-testid="tg-send">Send</button>
        {!p.isPrivate && p.author && (
          <button type="button" className="lb-tg-secondary" onClick={() => p.author && p.onMessageBot(p.author)} data-testid="tg-message-bot"
            aria-label={`Message the bot as ${p.author.name}`}>Message the bot</button>
        )}
      </form>
      {error && <p className="lb-tg-error" role="alert">{error}</p>}
    </div>
  );
}
