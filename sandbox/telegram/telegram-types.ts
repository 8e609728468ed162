// The Bot API's wire objects as the stand-in emits them (core.telegram.org/bots/api, "Available types"):
// only the fields the stand-in models. Data only: no behaviour, no storage, no HTTP here.

export type TgUser = {
  readonly id: number;
  readonly is_bot: boolean;
  readonly first_name: string;
  readonly last_name?: string;
  readonly username?: string;
  readonly language_code?: string;
};

export type ChatType = 'private' | 'group' | 'supergroup';

/** The chat object embedded in messages (getChat adds a few fields, see ChatFullInfo). */
export type TgChat = {
  readonly id: number;
  readonly type: ChatType;
  readonly title?: string;
  readonly username?: string;
  readonly first_name?: string;
  readonly last_name?: string;
  readonly is_forum?: true;
};

export type TgEntity = {
  readonly type: string;
  readonly offset: number;
  readonly length: number;
  readonly url?: string;
  readonly language?: string;
  readonly custom_emoji_id?: string;
};

export type TgInlineButton = {
  readonly text: string;
  readonly callback_data?: string;
  readonly url?: string;
};

export type TgInlineKeyboard = { readonly inline_keyboard: ReadonlyArray<ReadonlyArray<TgInlineButton>> };

export type TgDocument = {
  readonly file_id: string;
  readonly file_unique_id: string;
  readonly file_name?: string;
  readonly mime_type?: string;
  readonly file_size?: number;
};

/** One size of a photo (Telegram lists them smallest first). */
export type TgPhotoSize = { readonly file_id: string; readonly file_unique_id: string; readonly width: number; readonly height: number; readonly file_size?: number };

export type TgMessage = {
  readonly message_id: number;
  readonly message_thread_id?: number;
  readonly from?: TgUser;
  readonly date: number;
  readonly edit_date?: number;
  readonly chat: TgChat;
  readonly is_topic_message?: true;
  readonly reply_to_message?: TgMessage;
  readonly text?: string;
  readonly entities?: readonly TgEntity[];
  readonly caption?: string;
  readonly caption_entities?: readonly TgEntity[];
  readonly document?: TgDocument;
  readonly photo?: readonly TgPhotoSize[];
  readonly reply_markup?: TgInlineKeyboard;
  readonly new_chat_members?: readonly TgUser[];
  readonly left_chat_member?: TgUser;
  readonly migrate_to_chat_id?: number;
  readonly migrate_from_chat_id?: number;
  readonly forum_topic_created?: { readonly name: string; readonly icon_color: number };
  readonly forum_topic_closed?: Record<string, never>;
  readonly forum_topic_reopened?: Record<string, never>;
  readonly group_chat_created?: true;
};

export type MemberStatus = 'creator' | 'administrator' | 'member' | 'left' | 'kicked';

export type TgChatMember = {
  readonly status: MemberStatus;
  readonly user: TgUser;
  readonly is_anonymous?: boolean;
  readonly can_manage_chat?: boolean;
  readonly can_delete_messages?: boolean;
  readonly can_restrict_members?: boolean;
  readonly can_promote_members?: boolean;
  readonly can_change_info?: boolean;
  readonly can_invite_users?: boolean;
  readonly can_pin_messages?: boolean;
  readonly can_manage_topics?: boolean;
  readonly can_be_edited?: boolean;
  readonly until_date?: number;
};

export type TgChatMemberUpdated = {
  readonly chat: TgChat;
  readonly from: TgUser;
  readonly date: number;
  readonly old_chat_member: TgChatMember;
  readonly new_chat_member: TgChatMember;
};

export type TgCallbackQuery = {
  readonly id: string;
  readonly from: TgUser;
  readonly message?: TgMessage;
  readonly chat_instance: string;
  readonly data?: string;
};

export type TgUpdate = {
  readonly update_id: number;
  readonly message?: TgMessage;
  readonly edited_message?: TgMessage;
  readonly callback_query?: TgCallbackQuery;
  readonly my_chat_member?: TgChatMemberUpdated;
  readonly chat_member?: TgChatMemberUpdated;
};

/** The update kinds the stand-in produces; Telegram's default set excludes chat_member. */
export const UPDATE_KINDS = ['message', 'edited_message', 'callback_query', 'my_chat_member', 'chat_member'] as const;
export type UpdateKind = (typeof UPDATE_KINDS)[number];
export const DEFAULT_ALLOWED_UPDATES: readonly UpdateKind[] = ['message', 'edited_message', 'callback_query', 'my_chat_member'];

export type TgBotCommand = { readonly command: string; readonly description: string };

export type TgWebhookInfo = {
  readonly url: string;
  readonly has_custom_certificate: boolean;
  readonly pending_update_count: number;
  readonly last_error_date?: number;
  readonly last_error_message?: string;
  readonly max_connections?: number;
  readonly allowed_updates?: readonly string[];
};
