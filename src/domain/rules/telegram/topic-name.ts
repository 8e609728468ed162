// The name of the forum topic LineBridge opens for one issue: "KEY summary", one line, at most 128
// characters (Bot API createForumTopic: 1–128; Telegram counts UTF-16 code units), cut on a grapheme
// boundary. Plain text (topic names take no markup). Pure.
import { cleanText, truncate } from './html';

export const TOPIC_NAME_MAX = 128;

export function topicName(key: string, summary: string): string {
  const line = `${key} ${cleanText(summary).replace(/\s+/g, ' ')}`.trim();
  return truncate(line, TOPIC_NAME_MAX) || key.slice(0, TOPIC_NAME_MAX);
}
