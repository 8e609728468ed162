// ChatLinks over the app's storage: the intake's `/link CODE` stores a linked group at INTAKE_KEYS.link
// (`{projectKey, clientId|null, linkedAt, ...}`). Reads only; a value it does not understand counts as
// "not linked" (the conversation then stays silent, as in any unlinked chat).
import type { KeyValueStore } from '../../../ports';
import { INTAKE_KEYS } from '../intake/intake-model';
import type { ChatLink, ChatLinks } from './ports';

const PROJECT_KEY = /^[A-Z][A-Z0-9_]{0,254}$/;

function asLink(value: unknown): ChatLink | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.projectKey !== 'string' || !PROJECT_KEY.test(v.projectKey)) return null;
  const clientId = typeof v.clientId === 'string' && v.clientId.trim() !== '' ? v.clientId.trim() : null;
  return { projectKey: v.projectKey, clientId };
}

export function kvsChatLinks(store: KeyValueStore): ChatLinks {
  return {
    async linkOf(chatId) {
      return asLink(await store.get<unknown>(INTAKE_KEYS.link(chatId)));
    },
  };
}
