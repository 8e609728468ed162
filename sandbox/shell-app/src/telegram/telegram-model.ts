// The chat pane's view of Telegram objects (what telegram-api.ts reads from the stand-in). Types only: no DOM,
// no fetch, so pure helpers (telegram-force-reply.ts) and their unit tests can use them anywhere.

export type TgPerson = { readonly id: number; readonly name: string; readonly isBot: boolean; readonly username: string };
export type TgEntity = { readonly type: string; readonly offset: number; readonly length: number; readonly url?: string };
export type TgButton = { readonly text: string; readonly url?: string; readonly callbackData?: string };
/** A ForceReply the bot sent with the message (not part of Telegram's Message object: the stand-in keeps it). */
export type TgForceReply = { readonly selective: boolean; readonly placeholder: string };
export type TgMsg = {
  readonly id: number; readonly from: TgPerson | null; readonly date: number; readonly sender: string; readonly text: string;
  readonly entities: readonly TgEntity[]; readonly threadId: number | null; readonly reply: TgMsg | null;
  readonly buttons: readonly (readonly TgButton[])[]; readonly service: string; readonly documentName: string;
  readonly forceReply: TgForceReply | null;
};
export type TgChatItem = {
  readonly id: number; readonly title: string; readonly type: string; readonly isForum: boolean;
  readonly members: readonly TgPerson[]; readonly topics: ReadonlyMap<number, string>; readonly last: TgMsg | null;
};
