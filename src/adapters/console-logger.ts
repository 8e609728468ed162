// Logger writing one JSON line per entry (Forge collects stdout). Fields whose names look like secrets
// are redacted: a token must never reach a log.
import type { Logger } from '../domain/ports';

const SECRET_FIELD = /token|secret|password|authorization|cookie/i;

function redact(fields: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) out[key] = SECRET_FIELD.test(key) ? '[redacted]' : value;
  return out;
}

function write(level: string, message: string, fields?: Readonly<Record<string, unknown>>): void {
  const line = JSON.stringify({ level, message, ...redact(fields) });
  if (level === 'error') console.error(line);
  else if (level === 'warn') console.warn(line);
  else console.log(line);
}

export const consoleLogger: Logger = {
  info: (message, fields) => write('info', message, fields),
  warn: (message, fields) => write('warn', message, fields),
  error: (message, fields) => write('error', message, fields),
};
