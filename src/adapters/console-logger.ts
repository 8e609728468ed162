// Logger writing one JSON line per entry (Forge collects stdout). Fields whose names look like secrets
// are redacted, and so is anything shaped like a Telegram bot token anywhere in the line (an error message
// quoting a request URL, say): a token must never reach a log.
import type { Logger } from '../domain/ports';

const SECRET_FIELD = /token|secret|password|authorization|cookie/i;
/** `<bot id>:<30+ chars>` as BotFather issues them (also inside `/bot<token>/` URLs). */
const BOT_TOKEN = /\d{5,15}:[A-Za-z0-9_-]{30,80}/g;

function redact(fields: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) out[key] = SECRET_FIELD.test(key) ? '[redacted]' : value;
  return out;
}

function write(level: string, message: string, fields?: Readonly<Record<string, unknown>>): void {
  const line = JSON.stringify({ level, message, ...redact(fields) }).replace(BOT_TOKEN, '[redacted]');
  if (level === 'error') console.error(line);
  else if (level === 'warn') console.warn(line);
  else console.log(line);
}

export const consoleLogger: Logger = {
  info: (message, fields) => write('info', message, fields),
  warn: (message, fields) => write('warn', message, fields),
  error: (message, fields) => write('error', message, fields),
};
