// One open chat of the Telegram pane: the header, the message bubbles (sender, time, reply quote, forum
// topic, inline buttons, service lines) and the composer that posts as a chosen person. Renders text
// through TelegramText only (entities → elements), never as HTML.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { postAsPerson, type TgChatItem, type TgMsg } from './telegram-api';
import { TelegramText } from './telegram-text';

const time = (unix: number): string => new Date(unix * 1000).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
const day = (unix: number): string => new Date(unix * 1000).toLocaleDateString([], { day: 'numeric', month: 'long', year: 'numeric' });

function Bubble({ m, mine, topic }: { readonly m: TgMsg; readonly mine: boolean; readonly topic: string | null }) {
  if (m.sender === 'service') return <li className="lb-tg-service" data-testid="tg-service">{`${m.from?.name ?? ''} ${m.service}`.trim()}</li>;
  const bot = m.sender === 'bot' || m.from?.isBot === true;
  return (
    <li className={mine ? 'lb-tg-row lb-tg-row-mine' : 'lb-tg-row'} data-testid={bot ? 'tg-bot-message' : 'tg-message'}>
      <div className={bot ? 'lb-tg-bubble lb-tg-bubble-bot' : mine ? 'lb-tg-bubble lb-tg-bubble-mine' : 'lb-tg-bubble'}>
        <div className="lb-tg-from">{m.from?.name ?? 'Unknown'}{bot && <span className="lb-tg-bot-tag">bot</span>}{topic && <span className="lb-tg-topic"># {topic}</span>}</div>
        {m.reply && (
          <div className="lb-tg-reply" data-testid="tg-reply">
            <span className="lb-tg-reply-from">{m.reply.from?.name ?? ''}</span>
            <span className="lb-tg-reply-text">{m.reply.text || m.reply.documentName}</span>
          </div>
        )}
        {m.documentName && <div className="lb-tg-doc">📄 {m.documentName}</div>}
        <div className="lb-tg-text"><TelegramText text={m.text} entities={m.entities} /><span className="lb-tg-time">{time(m.date)}</span></div>
      </div>
      {m.buttons.length > 0 && (
        <div className="lb-tg-buttons">
          {m.buttons.map((b, i) => (b.url && /^https?:/i.test(b.url)
            ? <a key={i} className="lb-tg-button" href={b.url} target="_blank" rel="noopener noreferrer">{b.text}</a>
            : <span key={i} className="lb-tg-button">{b.text}</span>))}
        </div>
      )}
    </li>
  );
}

export function ChatView({ chat, messages, onPosted }: { readonly chat: TgChatItem; readonly messages: readonly TgMsg[]; readonly onPosted: () => void }) {
  const people = chat.members.filter((p) => !p.isBot);
  const [asId, setAsId] = useState<number | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const end = useRef<HTMLDivElement>(null);
  const author = people.find((p) => p.id === asId) ?? people[0];
  const lastId = messages.at(-1)?.id;
  useEffect(() => {
    end.current?.scrollIntoView({ block: 'end' });
  }, [lastId, chat.id]);
  const send = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (!author || text.trim() === '') return;
    setBusy(true);
    try {
      await postAsPerson(chat.id, author.id, text);
      setText('');
      setError(null);
      onPosted();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  let lastDay = '';
  return (
    <>
      <header className="lb-tg-head">
        <h2 className="lb-tg-title" data-testid="tg-chat-title">{chat.title}</h2>
        <span className="lb-tg-sub">{chat.members.length} members · id {chat.id}</span>
      </header>
      <div className="lb-tg-scroll">
      <ol className="lb-tg-messages" data-testid="tg-messages">
        {messages.flatMap((m) => {
          const d = day(m.date);
          const divider = d !== lastDay ? [<li key={`d${m.id}`} className="lb-tg-day"><span>{d}</span></li>] : [];
          lastDay = d;
          const topic = m.threadId === null ? null : chat.topics.get(m.threadId) ?? null;
          return [...divider, <Bubble key={m.id} m={m} mine={author !== undefined && m.from?.id === author.id} topic={topic} />];
        })}
      </ol>
      <div ref={end} />
      </div>
      <form className="lb-tg-composer" onSubmit={(e) => void send(e)}>
        <label className="lb-tg-as">
          <span>Post as</span>
          <select value={author?.id ?? ''} onChange={(e) => setAsId(Number(e.target.value))} data-testid="tg-post-as">
            {people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        </label>
        <input className="lb-tg-input" aria-label="Message" placeholder="Write a message… (/commands and @mentions reach the bot)" value={text} onChange={(e) => setText(e.target.value)} data-testid="tg-input" />
        <button type="submit" className="lb-tg-send" disabled={busy || !author || text.trim() === ''} data-testid="tg-send">Send</button>
      </form>
      {error && <p className="lb-tg-error" role="alert">{error}</p>}
    </>
  );
}
