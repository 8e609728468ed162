// A t.me deep link to the stand-in's bot (`https://t.me/<bot>?start=<code>`, routed here by the shell as
// /jira/telegram?bot=<bot>&start=<code>) does what Telegram does: it opens the person's private chat with the
// bot and sends `/start <code>` (a link without `start` only opens the chat). The person is the signed-in Jira user's Telegram namesake (the demo seeds
// one per Jira user); without one, the pane asks who opens the link. Sandbox only: the app keeps plain links.
import { useEffect, useRef, useState } from 'react';
import { navigate, paths } from '../router';
import { useSession } from '../session';
import type { TgPerson } from './telegram-api';
import { listUsers, openPrivateChat, postAsPerson } from './telegram-actions';

/** Telegram's rules for a deep-link parameter and a bot username. */
const START = /^[A-Za-z0-9_-]{1,64}$/;
const BOT = /^[A-Za-z][A-Za-z0-9_]{3,31}$/;

export type DeepLink = { readonly bot: string; readonly start: string };

export function deepLinkFromSearch(search: string): DeepLink | null {
  const q = new URLSearchParams(search);
  const bot = q.get('bot');
  const start = q.get('start');
  return bot !== null ? { bot, start: start ?? '' } : null;
}

/** Codes already sent in this page: React may run an effect twice, Telegram sends a link's /start once. */
const sent = new Set<string>();

async function start(link: DeepLink, bot: TgPerson, person: TgPerson): Promise<void> {
  const chatId = await openPrivateChat(person.id, bot.id);
  if (link.start !== '' && !sent.has(link.start)) {
    sent.add(link.start);
    await postAsPerson(chatId, person.id, `/start ${link.start}`);
  }
  navigate(paths.telegram(chatId), true);
}

export function DeepLinkStart({ link }: { readonly link: DeepLink }) {
  const { user } = useSession();
  const [people, setPeople] = useState<TgPerson[] | null>(null);
  const [bot, setBot] = useState<TgPerson | null>(null);
  const [chosen, setChosen] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const began = useRef(false);
  useEffect(() => {
    if ((link.start !== '' && !START.test(link.start)) || !BOT.test(link.bot)) {
      setError(`Not a valid t.me start link (bot “${link.bot}”, start “${link.start}”).`);
      return;
    }
    listUsers().then((users) => {
      const target = users.find((u) => u.isBot && u.username.toLowerCase() === link.bot.toLowerCase());
      if (!target) throw new Error(`The Telegram stand-in has no bot @${link.bot}.`);
      const list = users.filter((u) => !u.isBot);
      setBot(target);
      setPeople(list);
      const me = list.find((p) => p.name === user.displayName);
      if (me && !began.current) {
        began.current = true;
        return start(link, target, me);
      }
      setChosen(list[0]?.id ?? null);
      return undefined;
    }).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [link, user.displayName]);
  const go = (): void => {
    const person = people?.find((p) => p.id === chosen);
    if (bot && person) start(link, bot, person).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return (
    <div className="lb-tg-placeholder" data-testid="tg-deep-link">
      <p>Opening <code>t.me/{link.bot}?start=…</code> in the Telegram stand-in.</p>
      {error && <p className="lb-tg-error" role="alert">{error}</p>}
      {!error && people && bot && !began.current && (
        <div className="lb-tg-composer">
          <label className="lb-tg-as">
            <span>Open as</span>
            <select value={chosen ?? ''} onChange={(e) => setChosen(Number(e.target.value))} data-testid="tg-deep-link-person">
              {people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </select>
          </label>
          <button type="button" className="lb-tg-send" onClick={go} disabled={chosen === null} data-testid="tg-deep-link-start">Start</button>
        </div>
      )}
    </div>
  );
}
