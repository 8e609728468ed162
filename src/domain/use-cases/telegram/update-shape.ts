// Reads the parts of a Telegram Update the bridge acts on, from untrusted JSON: membership changes of
// the bot, messages and edited messages (who wrote them, what they reply to, commands with their @bot
// target, attached files, migration service messages) and callback queries (inline-button taps). Pure.
export type ChatRef = { readonly id: number; readonly type: string; readonly title: string; readonly isForum: boolean };
export type Person = {
  readonly id: number;
  readonly isBot: boolean;
  readonly firstName: string;
  readonly lastName: string;
  readonly username: string | null;
  readonly languageCode: string | null;
};
/** A file attached to a message: a document, the largest size of a photo, a video, audio or voice note. */
export type AttachedFile = {
  readonly kind: 'document' | 'photo' | 'video' | 'audio' | 'voice';
  readonly fileId: string;
  readonly fileName: string | null;
  readonly mimeType: string | null;
  readonly fileSize: number | null;
};
export type RepliedMessage = {
  readonly messageId: number;
  readonly from: Person | null;
  readonly text: string;
  /** The message was a topic's creation service message (a plain message in a forum topic "replies" to it). */
  readonly isTopicStart: boolean;
};
export type ParsedMessage = {
  readonly messageId: number;
  readonly chat: ChatRef;
  readonly threadId: number | null;
  /** `from.id`, kept for callers that only need the id. */
  readonly fromId: number | null;
  readonly from: Person | null;
  /** Sent on behalf of a chat (anonymous admin, linked channel): `sender_chat.id`. */
  readonly senderChatId: number | null;
  readonly languageCode: string | null;
  /** `text`, or the caption of a message with a file. */
  readonly text: string;
  readonly date: number | null;
  /** This is an `edited_message` update. */
  readonly edited: boolean;
  readonly replyTo: RepliedMessage | null;
  readonly files: readonly AttachedFile[];
  readonly migrateToChatId: number | null;
  readonly migrateFromChatId: number | null;
  readonly command: { readonly name: string; readonly target: string | null; readonly args: string } | null;
  /** A forum topic was closed or reopened (service message in that topic). */
  readonly topicEvent?: 'closed' | 'reopened';
};
export type ParsedCallback = {
  readonly id: string;
  readonly from: Person;
  /** The bot's message the button was under (absent for inline-mode messages, which LineBridge never sends). */
  readonly message: { readonly chat: ChatRef; readonly messageId: number; readonly threadId: number | null } | null;
  readonly data: string;
};
export type ParsedUpdate = {
  readonly updateId: number;
  readonly membership: { readonly chat: ChatRef; readonly status: string } | null;
  readonly message: ParsedMessage | null;
  readonly callback: ParsedCallback | null;
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const int = (v: unknown): number | null => (typeof v === 'number' && Number.isSafeInteger(v) ? v : null);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const optStr = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

function chatRef(raw: unknown): ChatRef | null {
  if (!isRecord(raw) || int(raw.id) === null) return null;
  const name = [str(raw.first_name), str(raw.last_name)].filter((s) => s !== '').join(' ');
  return { id: raw.id as number, type: str(raw.type), title: str(raw.title) || name || str(raw.username), isForum: raw.is_forum === true };
}

function person(raw: unknown): Person | null {
  if (!isRecord(raw) || int(raw.id) === null) return null;
  return {
    id: raw.id as number, isBot: raw.is_bot === true, firstName: str(raw.first_name), lastName: str(raw.last_name),
    username: optStr(raw.username), languageCode: optStr(raw.language_code),
  };
}

function file(kind: AttachedFile['kind'], raw: unknown): AttachedFile | null {
  if (!isRecord(raw) || typeof raw.file_id !== 'string' || raw.file_id === '') return null;
  return { kind, fileId: raw.file_id, fileName: optStr(raw.file_name), mimeType: optStr(raw.mime_type), fileSize: int(raw.file_size) };
}

function files(raw: Record<string, unknown>): AttachedFile[] {
  const out: AttachedFile[] = [];
  const push = (f: AttachedFile | null): void => { if (f) out.push(f); };
  push(file('document', raw.document));
  if (Array.isArray(raw.photo) && raw.photo.length > 0) {
    // Telegram lists the sizes of a photo smallest first: keep the largest.
    push(file('photo', raw.photo[raw.photo.length - 1]));
  }
  push(file('video', raw.video));
  push(file('audio', raw.audio));
  push(file('voice', raw.voice));
  return out;
}

const COMMAND = /^\/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{3,64}))?(?:\s+([\s\S]*))?$/;

function replied(raw: unknown): RepliedMessage | null {
  if (!isRecord(raw)) return null;
  const messageId = int(raw.message_id);
  if (messageId === null) return null;
  return { messageId, from: person(raw.from), text: str(raw.text) || str(raw.caption), isTopicStart: isRecord(raw.forum_topic_created) };
}

function parseMessage(raw: unknown, edited: boolean): ParsedMessage | null {
  if (!isRecord(raw)) return null;
  const chat = chatRef(raw.chat);
  const messageId = int(raw.message_id);
  if (!chat || messageId === null) return null;
  const from = person(raw.from);
  const text = str(raw.text) || str(raw.caption);
  const m = COMMAND.exec(text.trim());
  const replyTo = replied(raw.reply_to_message);
  return {
    messageId, chat, text, threadId: raw.is_topic_message === true ? int(raw.message_thread_id) : null,
    fromId: from?.id ?? null, from, senderChatId: isRecord(raw.sender_chat) ? int(raw.sender_chat.id) : null,
    languageCode: from?.languageCode ?? null, date: int(raw.date), edited,
    // In a forum topic every message "replies" to the topic's first service message: that is not a reply.
    replyTo: replyTo && !replyTo.isTopicStart ? replyTo : null,
    files: files(raw),
    migrateToChatId: int(raw.migrate_to_chat_id), migrateFromChatId: int(raw.migrate_from_chat_id),
    command: m ? { name: (m[1] ?? '').toLowerCase(), target: m[2] ?? null, args: (m[3] ?? '').trim() } : null,
    ...(isRecord(raw.forum_topic_closed) ? { topicEvent: 'closed' as const } : isRecord(raw.forum_topic_reopened) ? { topicEvent: 'reopened' as const } : {}),
  };
}

function parseCallback(raw: unknown): ParsedCallback | null {
  if (!isRecord(raw) || typeof raw.id !== 'string') return null;
  const from = person(raw.from);
  if (!from) return null;
  let message: ParsedCallback['message'] = null;
  if (isRecord(raw.message)) {
    const chat = chatRef(raw.message.chat);
    const messageId = int(raw.message.message_id);
    if (chat && messageId !== null) {
      message = { chat, messageId, threadId: raw.message.is_topic_message === true ? int(raw.message.message_thread_id) : null };
    }
  }
  return { id: raw.id, from, message, data: str(raw.data) };
}

export function parseUpdate(raw: unknown): ParsedUpdate | null {
  if (!isRecord(raw)) return null;
  const updateId = int(raw.update_id);
  if (updateId === null) return null;
  let membership: ParsedUpdate['membership'] = null;
  if (isRecord(raw.my_chat_member)) {
    const chat = chatRef(raw.my_chat_member.chat);
    const member = raw.my_chat_member.new_chat_member;
    if (chat && isRecord(member)) membership = { chat, status: str(member.status) };
  }
  const message = parseMessage(raw.message, false) ?? parseMessage(raw.edited_message, true);
  return { updateId, membership, message, callback: parseCallback(raw.callback_query) };
}
