// Reads the parts of a Telegram Update the bridge acts on, from untrusted JSON: membership changes of
// the bot, messages (migration service messages, commands with their @bot target). Pure.
export type ChatRef = { readonly id: number; readonly type: string; readonly title: string; readonly isForum: boolean };
export type ParsedMessage = {
  readonly messageId: number;
  readonly chat: ChatRef;
  readonly threadId: number | null;
  readonly fromId: number | null;
  readonly languageCode: string | null;
  readonly text: string;
  readonly migrateToChatId: number | null;
  readonly migrateFromChatId: number | null;
  readonly command: { readonly name: string; readonly target: string | null; readonly args: string } | null;
};
export type ParsedUpdate = {
  readonly updateId: number;
  readonly membership: { readonly chat: ChatRef; readonly status: string } | null;
  readonly message: ParsedMessage | null;
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const int = (v: unknown): number | null => (typeof v === 'number' && Number.isSafeInteger(v) ? v : null);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function chatRef(raw: unknown): ChatRef | null {
  if (!isRecord(raw) || int(raw.id) === null) return null;
  const name = [str(raw.first_name), str(raw.last_name)].filter((s) => s !== '').join(' ');
  return { id: raw.id as number, type: str(raw.type), title: str(raw.title) || name || str(raw.username), isForum: raw.is_forum === true };
}

const COMMAND = /^\/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{3,64}))?(?:\s+([\s\S]*))?$/;

function parseMessage(raw: unknown): ParsedMessage | null {
  if (!isRecord(raw)) return null;
  const chat = chatRef(raw.chat);
  const messageId = int(raw.message_id);
  if (!chat || messageId === null) return null;
  const from = isRecord(raw.from) ? raw.from : {};
  const text = str(raw.text);
  const m = COMMAND.exec(text.trim());
  return {
    messageId, chat, text, threadId: raw.is_topic_message === true ? int(raw.message_thread_id) : null,
    fromId: int(from.id), languageCode: str(from.language_code) || null,
    migrateToChatId: int(raw.migrate_to_chat_id), migrateFromChatId: int(raw.migrate_from_chat_id),
    command: m ? { name: (m[1] ?? '').toLowerCase(), target: m[2] ?? null, args: (m[3] ?? '').trim() } : null,
  };
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
  return { updateId, membership, message: parseMessage(raw.message) };
}
