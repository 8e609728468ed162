// Entry of the jira:uiModifications frame for Jira's create dialog: prefills the description with the
// template's skeleton, marks the template's required fields required, and sets the priority from the
// field the priority rules read. Client-side help only: the server-side validator stays the guarantee.
import { loadHooks, userLocale, viewContext, type HookApi, type UiModification } from './api';
import { startGuardScreen } from './guard-screen';
import { isEmptyDescription, priorityFor, readData, skeletonFor } from './data';

function setPriority(api: HookApi, uiModifications: UiModification[], selectValue: unknown): void {
  const data = readData(uiModifications);
  const priorityId = data ? priorityFor(data, selectValue) : undefined;
  if (priorityId !== undefined) api.getFieldById('priority')?.setValue(priorityId);
}

async function start(): Promise<void> {
  const hooks = await loadHooks();
  const locale = await userLocale();
  const view = await viewContext();
  if (view.viewType === 'IssueTransition') return startGuardScreen(hooks, locale, view); // the transition guard's view
  void hooks.onInit(
    async ({ api, uiModifications }) => {
      const data = readData(uiModifications);
      if (!data) return;
      const description = api.getFieldById('description');
      const skeleton = skeletonFor(data, locale);
      if (description && skeleton && isEmptyDescription(description.getValue())) description.setValue(skeleton as never);
      for (const id of data.requiredFieldIds) api.getFieldById(id)?.setRequired(true);
      if (data.priority) setPriority(api, uiModifications, api.getFieldById(data.priority.fieldId)?.getValue());
    },
    ({ uiModifications }) => {
      const data = readData(uiModifications);
      return data ? ['description', ...data.requiredFieldIds, ...(data.priority ? ['priority'] : [])] : [];
    },
  );
  void hooks.onChange(
    ({ api, change, uiModifications }) => {
      const data = readData(uiModifications);
      if (data?.priority && change.current?.getId() === data.priority.fieldId) setPriority(api, uiModifications, change.current.getValue());
    },
    ({ uiModifications }) => (readData(uiModifications)?.priority ? ['priority'] : []),
  );
}

start().catch((error: unknown) => console.warn(`[linebridge] UI modifications did not start: ${error instanceof Error ? error.message : String(error)}`));
