// Forum topics in the open chat: a selector (General + the chat's topics, as Telegram lists them) that filters
// the messages and decides where the composer posts. General is the chat without a message_thread_id.
import type { TgMsg } from './telegram-api';

export const inTopic = (m: TgMsg, topic: number | null): boolean => (m.threadId ?? null) === topic;

export function TopicPicker({ topics, value, onChange }: { readonly topics: ReadonlyMap<number, string>; readonly value: number | null; readonly onChange: (t: number | null) => void }) {
  return (
    <label className="lb-tg-as lb-tg-topic-picker">
      <span>Topic</span>
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))} data-testid="tg-topic">
        <option value="">General</option>
        {[...topics].map(([id, name]) => <option key={id} value={id}># {name}</option>)}
      </select>
    </label>
  );
}
