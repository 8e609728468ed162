// One message of the open chat as Telegram shows it: sender, forum topic, a reply quote that jumps to the
// original, text (entities as elements, never HTML), inline buttons (callback buttons tap, URL buttons link)
// and a "Reply" action shown on hover and reachable by keyboard. Service messages are one centred line.
import type { TgButton, TgMsg } from './telegram-api';
import { TelegramText } from './telegram-text';

const time = (unix: number): string => new Date(unix * 1000).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

export const msgDomId = (id: number): string => `tg-msg-${id}`;
export const shortText = (m: TgMsg): string => m.text || (m.documentName ? `📄 ${m.documentName}` : m.service) || '…';

export type BubbleProps = {
  readonly m: TgMsg;
  readonly mine: boolean;
  readonly topic: string | null;
  /** `${messageId}:${row}:${col}` of the button whose tap waits for the bot's answer. */
  readonly pending: string | null;
  readonly onReply: (m: TgMsg) => void;
  readonly onJump: (messageId: number) => void;
  readonly onTap: (m: TgMsg, button: TgButton, key: string) => void;
};

function Buttons({ m, pending, onTap }: Pick<BubbleProps, 'm' | 'pending' | 'onTap'>) {
  return (
    <div className="lb-tg-buttons" role="group" aria-label={`Buttons of the message from ${m.from?.name ?? 'the bot'}`}>
      {m.buttons.map((row, r) => (
        <div key={r} className="lb-tg-button-row">
          {row.map((b, c) => {
            const key = `${m.id}:${r}:${c}`;
            if (b.url !== undefined) {
              return /^https?:/i.test(b.url)
                ? <a key={key} className="lb-tg-button" href={b.url} target="_blank" rel="noopener noreferrer">{b.text} <span aria-hidden="true">↗</span></a>
                : <span key={key} className="lb-tg-button lb-tg-button-inert">{b.text}</span>;
            }
            if (b.callbackData === undefined) return <span key={key} className="lb-tg-button lb-tg-button-inert">{b.text}</span>;
            return (
              <button key={key} type="button" className="lb-tg-button" aria-busy={pending === key} disabled={pending !== null}
                onClick={() => onTap(m, b, key)} data-testid="tg-callback-button">
                {b.text}{pending === key ? ' …' : ''}
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
}

export function Bubble({ m, mine, topic, pending, onReply, onJump, onTap }: BubbleProps) {
  if (m.sender === 'service') {
    return <li id={msgDomId(m.id)} tabIndex={-1} className="lb-tg-service" data-testid="tg-service">{`${m.from?.name ?? ''} ${m.service}`.trim()}</li>;
  }
  const bot = m.sender === 'bot' || m.from?.isBot === true;
  const name = m.from?.name ?? 'Unknown';
  // In a forum every message of a topic "replies" to the topic's first message: Telegram shows no quote for it.
  const quote = m.reply && m.reply.id !== m.threadId ? m.reply : null;
  return (
    <li id={msgDomId(m.id)} tabIndex={-1} className={mine ? 'lb-tg-row lb-tg-row-mine' : 'lb-tg-row'} data-testid={bot ? 'tg-bot-message' : 'tg-message'} data-message-id={m.id}>
      <div className="lb-tg-line">
        <div className={bot ? 'lb-tg-bubble lb-tg-bubble-bot' : mine ? 'lb-tg-bubble lb-tg-bubble-mine' : 'lb-tg-bubble'}>
          <div className="lb-tg-from">{name}{bot && <span className="lb-tg-bot-tag">bot</span>}{topic && <span className="lb-tg-topic"># {topic}</span>}</div>
          {quote && (
            <button type="button" className="lb-tg-reply" data-testid="tg-reply" onClick={() => onJump(quote.id)} title="Go to the original message">
              <span className="lb-tg-sr">In reply to </span>
              <span className="lb-tg-reply-from">{quote.from?.name ?? ''}</span>
              <span className="lb-tg-reply-text">{shortText(quote)}</span>
            </button>
          )}
          {m.documentName && <div className="lb-tg-doc">📄 {m.documentName}</div>}
          <div className="lb-tg-text"><TelegramText text={m.text} entities={m.entities} /><span className="lb-tg-time">{time(m.date)}</span></div>
        </div>
        <button type="button" className="lb-tg-reply-action" onClick={() => onReply(m)} aria-label={`Reply to ${name}: ${shortText(m).slice(0, 60)}`} data-testid="tg-reply-action">
          <span aria-hidden="true">↩</span> Reply
        </button>
      </div>
      {m.buttons.length > 0 && <Buttons m={m} pending={pending} onTap={onTap} />}
    </li>
  );
}
