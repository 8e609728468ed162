// The sandbox's Telegram pane: the stand-in's chats on the left (title, type, last message) and the open
// chat's messages as Telegram shows them (bubbles, names, times, replies, topics, buttons), with a box to
// post as one of the chat's people (replies, ForceReply, button taps, forum topics), open a person's private
// chat with the bot, and follow t.me deep links to the bot. Reads /__telegram/client/... every 2 s; never
// calls the Bot API.
import { useState } from 'react';
import { Link, navigate, paths } from '../router';
import { useTelegramPane, type TgChatItem, type TgPerson } from './telegram-api';
import { openPrivateChat } from './telegram-actions';
import { ChatView } from './telegram-chat';
import { DeepLinkStart, deepLinkFromSearch } from './telegram-deep-link';
import './telegram.css';

const TYPE_LABEL: Readonly<Record<string, string>> = { private: 'Private chat', group: 'Group', supergroup: 'Supergroup' };

export const chatTypeLabel = (c: TgChatItem): string => (c.isForum ? 'Forum' : TYPE_LABEL[c.type] ?? c.type);

function preview(c: TgChatItem): string {
  const last = c.last;
  if (!last) return 'No messages yet';
  const body = last.service ? `${last.from?.name ?? ''} ${last.service}`.trim() : last.text || (last.documentName ? `📄 ${last.documentName}` : '');
  return last.service || !last.from ? body : `${last.from.name}: ${body}`;
}

export function TelegramPage({ chatId }: { readonly chatId: number | null }) {
  const pane = useTelegramPane(chatId);
  const [filter, setFilter] = useState('');
  const [openError, setOpenError] = useState<string | null>(null);
  const link = chatId === null ? deepLinkFromSearch(location.search) : null;
  const messageBot = (person: TgPerson): void => {
    openPrivateChat(person.id).then((id) => {
      setOpenError(null);
      navigate(paths.telegram(id));
    }, (e: unknown) => setOpenError(e instanceof Error ? e.message : String(e)));
  };
  const open = pane.chats.find((c) => c.id === chatId) ?? null;
  const shown = pane.chats.filter((c) => c.title.toLowerCase().includes(filter.trim().toLowerCase()));
  return (
    <main className="lb-page lb-tg" data-testid="telegram-pane">
      <aside className="lb-tg-list" aria-label="Chats">
        <div className="lb-tg-list-head">
          <h1 className="lb-tg-heading">Telegram</h1>
          <input className="lb-tg-search" type="search" placeholder="Search chats" aria-label="Search chats" value={filter} onChange={(e) => setFilter(e.target.value)} />
        </div>
        {pane.error && <p className="lb-tg-error" role="alert">{pane.error}</p>}
        {openError && <p className="lb-tg-error" role="alert">{openError}</p>}
        {pane.loaded && pane.chats.length === 0 && <p className="lb-tg-empty">No chats yet. Seed the demo or create one through /__telegram/client/chats.</p>}
        <ul className="lb-tg-chats">
          {shown.map((c) => (
            <li key={c.id}>
              <Link to={paths.telegram(c.id)} className={c.id === chatId ? 'lb-tg-chat lb-tg-chat-active' : 'lb-tg-chat'} testId={`tg-chat-${c.id}`} ariaCurrent={c.id === chatId}>
                <span className="lb-tg-avatar" aria-hidden="true">{c.title.slice(0, 1).toUpperCase()}</span>
                <span className="lb-tg-chat-text">
                  <span className="lb-tg-chat-title">{c.title}</span>
                  <span className="lb-tg-chat-type">{chatTypeLabel(c)} · {c.members.length} members</span>
                  <span className="lb-tg-chat-last">{preview(c)}</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </aside>
      <section className="lb-tg-main" aria-label={open ? open.title : 'No chat selected'}>
        {link ? <DeepLinkStart link={link} /> : open ? (
          <ChatView key={open.id} chat={open} messages={pane.messagesOf === open.id ? pane.messages : []} onPosted={pane.refresh} onMessageBot={messageBot} />
        ) : (
          <div className="lb-tg-placeholder">
            {pane.chats[0] ? <button type="button" className="lb-tg-open-first" onClick={() => navigate(paths.telegram(pane.chats[0]?.id))}>Open {pane.chats[0].title}</button> : null}
            <p>Select a chat to see its messages.</p>
          </div>
        )}
      </section>
    </main>
  );
}
