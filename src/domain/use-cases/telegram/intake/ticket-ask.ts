// Sends a draft's current question (ForceReply to the person's message, selective, so it reaches them with
// privacy mode on and nobody else's input field changes) and records the prompt's id in the draft.
import type { UpdateDeps } from '../dispatch-types';
import type { ParsedMessage } from '../update-shape';
import { saveDraft } from './drafts';
import type { Draft } from './intake-model';
import { sendReply } from './reply';

/** Prompts kept per draft: answers may reply to an older prompt that was asked again. */
const PROMPTS_KEPT = 10;

export async function askCurrent(deps: UpdateDeps, message: ParsedMessage, draft: Draft, text: string): Promise<void> {
  const id = await sendReply(deps, message, text, { forceReply: { placeholder: null } });
  if (id === null) return;
  await saveDraft(deps, { ...draft, promptIds: [...draft.promptIds, id].slice(-PROMPTS_KEPT) });
}
