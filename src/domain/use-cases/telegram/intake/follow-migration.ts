// A linked group that becomes a supergroup keeps everything: its link, its open drafts (a conversation in
// progress goes on under the new chat id: the current question is asked again there, mentioning the
// person, since the old prompts stay behind in the old chat) and the record of issues it filed.
import { safeText } from '../../../rules/telegram/html';
import type { UpdateDeps } from '../dispatch-types';
import type { ParsedMessage } from '../update-shape';
import { draftsOfChat, saveDraft } from './drafts';
import { filedFromChat } from './filed-records';
import { INTAKE_KEYS, type ChatLink, type Draft } from './intake-model';
import { ensureLinkIndex, indexLink, unindexLink } from './link-index';
import { promptText } from './prompt';
import { ReplyDeferred } from './reply-pacing';
import { prepareReply, sendReply } from './reply';

/** The update's message as if it had come from the new chat (what the reply helpers need). */
const inNewChat = (message: ParsedMessage, newId: number, draft: Draft): ParsedMessage => ({
  ...message, chat: { ...message.chat, id: newId, type: 'supergroup' }, threadId: draft.threadId, migrateToChatId: null, replyTo: null,
});

async function askAgain(deps: UpdateDeps, message: ParsedMessage, newId: number, drafts: readonly Draft[]): Promise<void> {
  for (const draft of drafts) {
    const here = inNewChat(message, newId, draft);
    try {
      await prepareReply(deps, here);
    } catch (error) {
      // Pacing would defer the whole update: the rest can bring their question back with /ticket.
      if (error instanceof ReplyDeferred) return;
      throw error;
    }
    const mention = `<a href="tg://user?id=${draft.person.id}">${safeText(draft.person.name, 64)}</a>`;
    const text = `${mention}\n${promptText(draft, draft.locale, null, 'tg.intake.migrated')}`;
    const id = await sendReply(deps, here, text, { forceReply: { placeholder: null }, replyTo: null });
    if (id !== null) await saveDraft(deps, { ...draft, promptIds: [id] });
  }
}

export async function followIntakeMigration(deps: UpdateDeps, message: ParsedMessage, oldId: number, newId: number): Promise<void> {
  const link = await deps.store.get<ChatLink>(INTAKE_KEYS.link(oldId));
  if (link) {
    await ensureLinkIndex(deps);
    const moved: ChatLink = { ...link, chatId: newId, migratedFrom: [...link.migratedFrom, oldId] };
    await deps.store.set<ChatLink>(INTAKE_KEYS.link(newId), moved);
    await indexLink(deps, moved);
    await deps.store.delete(INTAKE_KEYS.link(oldId));
    await unindexLink(deps, link);
  }
  const moved: Draft[] = [];
  for (const draft of await draftsOfChat(deps, oldId)) {
    const next = { ...draft, chatId: newId, promptIds: [] };
    await saveDraft(deps, next);
    await deps.store.delete(INTAKE_KEYS.draft(oldId, draft.threadId, draft.person.id));
    moved.push(next);
  }
  for (const filed of await filedFromChat(deps, oldId, 1000)) {
    const record = { ...filed, chatId: newId };
    await deps.store.set(INTAKE_KEYS.filed(newId, filed.issueKey), record);
    await deps.store.set(INTAKE_KEYS.issueChat(filed.issueId), record);
    await deps.store.delete(INTAKE_KEYS.filed(oldId, filed.issueKey));
  }
  if (link) deps.logger.info('telegram linked group became a supergroup; link and drafts follow it', { oldId, newId, drafts: moved.length });
  await askAgain(deps, message, newId, moved);
}
