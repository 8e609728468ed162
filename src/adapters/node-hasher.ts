// The intake's Hasher over node:crypto (link codes are stored as SHA-256 only). Knows nothing of Telegram.
import { createHash } from 'node:crypto';
import type { Hasher } from '../domain/use-cases/telegram/intake/ports';

export const nodeHasher: Hasher = {
  sha256Hex: (text) => createHash('sha256').update(text, 'utf8').digest('hex'),
};
