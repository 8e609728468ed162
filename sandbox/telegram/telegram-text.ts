// The entities Telegram finds by itself in what people type: bot commands and @mentions, following tdlib's
// match_bot_commands / match_mentions (td/telegram/MessageEntity.cpp). Offsets are UTF-16 code units, as on
// the wire. Pure; URLs, hashtags and cashtags are not detected.
import type { TgEntity } from './telegram-types';

const WORD = String.raw`\p{L}\p{N}_`;
const COMMAND = new RegExp(String.raw`(?<![${WORD}/<>])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32}|(?!@))(?![${WORD}/<>])`, 'gu');
const MENTION = new RegExp(String.raw`(?<![${WORD}])@[A-Za-z0-9_]{2,32}(?![${WORD}])`, 'gu');

export function detectEntities(text: string): TgEntity[] {
  const found: TgEntity[] = [];
  for (const m of text.matchAll(COMMAND)) found.push({ type: 'bot_command', offset: m.index, length: m[0].length });
  for (const m of text.matchAll(MENTION)) {
    const inside = found.some((e) => m.index >= e.offset && m.index < e.offset + e.length);
    if (!inside) found.push({ type: 'mention', offset: m.index, length: m[0].length });
  }
  return found.sort((a, b) => a.offset - b.offset);
}

/** The command a message starts with, e.g. `/ticket@linebridge_bot foo` → {name: 'ticket', target: 'linebridge_bot'}. */
export function leadingCommand(text: string, entities: readonly TgEntity[]): { readonly name: string; readonly target?: string } | undefined {
  const first = entities[0];
  if (!first || first.type !== 'bot_command' || first.offset !== 0) return undefined;
  const [name = '', target] = text.slice(1, first.length).split('@');
  return target === undefined ? { name } : { name, target };
}

/** Usernames mentioned with `@name` (without the @). */
export function mentionedUsernames(text: string, entities: readonly TgEntity[]): string[] {
  return entities.filter((e) => e.type === 'mention').map((e) => text.slice(e.offset + 1, e.offset + e.length));
}
