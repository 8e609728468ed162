// One open chat of the Telegram pane: the header (and, in a forum, the topic selector), the message bubbles
// of the chosen topic, the composer, and what the bot answers to button taps. Replies work as in Telegram: a
// bubble's "Reply" or the bot's ForceReply selects the message to answer; ✕ or Esc cancels.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TgButton, TgChatItem, TgMsg, TgPerson } from './telegram-api';
import { pressButton, waitForAnswer } from './telegram-actions';
import { Bubble, msgDomId } from './telegram-bubble';
import { Composer } from './telegram-composer';
import { forceReplyTarget } from './telegram-force-reply';
import { AlertDialog, Toast, type Notice } from './telegram-notice';
import { TopicPicker, inTopic } from './telegram-topics';

const day = (unix: number): string => new Date(unix * 1000).toLocaleDateString([], { day: 'numeric', month: 'long', year: 'numeric' });
const DEFAULT_PLACEHOLDER = 'Write a message… (/commands and @mentions reach the bot)';

export type ChatViewProps = {
  readonly chat: TgChatItem;
  readonly messages: readonly TgMsg[];
  readonly onPosted: () => void;
  readonly onMessageBot: (person: TgPerson) => void;
};

function jumpTo(messageId: number): void {
  const el = document.getElementById(msgDomId(messageId));
  if (!el) return;
  el.scrollIntoView({ block: 'center' });
  el.focus({ preventScroll: true });
  el.classList.add('lb-tg-flash');
  setTimeout(() => el.classList.remove('lb-tg-flash'), 1500);
}

function useTap(chatId: number, author: TgPerson | undefined) {
  const [pending, setPending] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const live = useRef(true);
  useEffect(() => () => { live.current = false; }, []);
  const tap = useCallback(async (m: TgMsg, b: TgButton, key: string): Promise<void> => {
    if (!author || b.callbackData === undefined) return;
    setPending(key);
    try {
      const id = await pressButton(chatId, m.id, author.id, b.callbackData);
      const answer = id === null ? null : await waitForAnswer(id, () => live.current);
      if (live.current && answer && answer.text !== '') setNotice({ text: answer.text, alert: answer.showAlert, from: m.from?.name ?? 'Bot' });
    } catch (error) {
      if (live.current) setNotice({ text: error instanceof Error ? error.message : String(error), alert: true, from: 'Telegram stand-in' });
    } finally {
      if (live.current) setPending(null);
    }
  }, [chatId, author]);
  return { pending, notice, clear: useCallback(() => setNotice(null), []), tap };
}

export function ChatView({ chat, messages, onPosted, onMessageBot }: ChatViewProps) {
  const people = chat.members.filter((p) => !p.isBot);
  const [asId, setAsId] = useState<number | null>(null);
  const [topic, setTopic] = useState<number | null>(null);
  const [reply, setReply] = useState<TgMsg | null>(null);
  const [dismissed, setDismissed] = useState<number | null>(null);
  const end = useRef<HTMLDivElement>(null);
  const author = people.find((p) => p.id === asId) ?? people[0];
  const shown = chat.isForum ? messages.filter((m) => inTopic(m, topic)) : messages;
  const force = forceReplyTarget(shown, author);
  const taps = useTap(chat.id, author);
  const lastId = shown.at(-1)?.id;
  useEffect(() => {
    end.current?.scrollIntoView({ block: 'end' });
  }, [lastId, topic]);
  // ForceReply: the composer answers the bot's question unless the person dismissed that very prompt.
  useEffect(() => {
    if (force && force.id !== dismissed) setReply(force);
  }, [force?.id]);
  // Another person at the keyboard: their own pending question, or no reply at all.
  useEffect(() => {
    setReply(force && force.id !== dismissed ? force : null);
  }, [author?.id]);
  const cancelReply = (): void => {
    if (reply && reply.id === force?.id) setDismissed(reply.id);
    setReply(null);
  };
  const startReply = (m: TgMsg): void => {
    setReply(m);
    document.getElementById('tg-composer-input')?.focus();
  };
  const pickTopic = (t: number | null): void => {
    setTopic(t);
    setReply(null);
  };
  const placeholder = reply && reply.id === force?.id && force.forceReply?.placeholder ? force.forceReply.placeholder : DEFAULT_PLACEHOLDER;
  let lastDay = '';
  return (
    <>
      <header className="lb-tg-head">
        <h2 className="lb-tg-title" data-testid="tg-chat-title">{chat.title}</h2>
        <span className="lb-tg-sub">{chat.members.length} members · id {chat.id}</span>
        {chat.isForum && <TopicPicker topics={chat.topics} value={topic} onChange={pickTopic} />}
      </header>
      <Toast notice={taps.notice} onDone={taps.clear} />
      <div className="lb-tg-scroll">
        <ol className="lb-tg-messages" data-testid="tg-messages" aria-label={`Messages of ${chat.title}`}>
          {shown.flatMap((m) => {
            const d = day(m.date);
            const divider = d !== lastDay ? [<li key={`d${m.id}`} className="lb-tg-day"><span>{d}</span></li>] : [];
            lastDay = d;
            const topicName = chat.isForum || m.threadId === null ? null : chat.topics.get(m.threadId) ?? null;
            return [...divider, <Bubble key={m.id} m={m} mine={author !== undefined && m.from?.id === author.id} topic={topicName}
              pending={taps.pending} onReply={startReply} onJump={jumpTo} onTap={(msg, b, key) => void taps.tap(msg, b, key)} />];
          })}
        </ol>
        <div ref={end} />
      </div>
      <Composer chatId={chat.id} isPrivate={chat.type === 'private'} people={people} author={author} onAuthor={setAsId} reply={reply}
        onCancelReply={cancelReply} threadId={chat.isForum ? topic : null} placeholder={placeholder} onPosted={onPosted} onMessageBot={onMessageBot} />
      <AlertDialog notice={taps.notice} onClose={taps.clear} />
    </>
  );
}
