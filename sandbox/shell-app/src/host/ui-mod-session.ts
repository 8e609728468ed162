// The host side of @forge/jira-bridge's uiModificationsApi for one open create/transition form: what
// `getUiModificationsInternalAPI` returns to the app's hidden jira:uiModifications frame. onInit reads
// the form, onChange fires when a field changes, submit hands the changes back to the form.
import type { UiModificationData } from './host-client';

export type UiModFieldState = {
  readonly fieldId: string;
  readonly fieldType: string;
  readonly fieldName: string;
  readonly value: unknown;
  readonly isVisible: boolean;
  readonly isRequired: boolean;
  readonly isReadOnly: boolean;
  readonly description: string;
  readonly optionsVisibility?: unknown;
};

export type FieldChanges = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

type ChangeCallback = (arg: {
  changedFieldId: string;
  changeId: string;
  currentFormState: Readonly<Record<string, UiModFieldState>>;
  currentScreenTabsState: readonly unknown[];
  uiModifications: readonly UiModificationData[];
}) => unknown;

export class UiModSession {
  private seq = 0;
  private readonly changeListeners = new Set<ChangeCallback>();
  private readonly errorListeners = new Set<(arg: { errors: readonly unknown[] }) => void>();
  private initDone = false;

  constructor(
    private readonly uiModifications: readonly UiModificationData[],
    private readonly formState: () => Readonly<Record<string, UiModFieldState>>,
    private readonly apply: (changes: FieldChanges) => void,
    private readonly onInitFinished: () => void,
  ) {}

  private nextChangeId(): string {
    this.seq += 1;
    return `change-${this.seq}`;
  }

  /** The object @forge/jira-bridge destructures: `{actions: {...}, data: {uiModifications, onInitChangeId}}`. */
  internalApi(): unknown {
    const onInitChangeId = this.nextChangeId();
    return {
      actions: {
        getOnInitData: async () => ({ currentFormState: this.formState(), currentScreenTabsState: [] }),
        submit: async (arg: { fieldsChanges?: FieldChanges; changeId?: string }) => {
          this.apply(arg.fieldsChanges ?? {});
          if (arg.changeId === onInitChangeId && !this.initDone) {
            this.initDone = true;
            this.onInitFinished();
          }
        },
        registerFields: async () => undefined,
        subscribeToChanges: (callback: ChangeCallback) => {
          this.changeListeners.add(callback);
          return () => this.changeListeners.delete(callback);
        },
        subscribeToErrors: (callback: (arg: { errors: readonly unknown[] }) => void) => {
          this.errorListeners.add(callback);
          return () => this.errorListeners.delete(callback);
        },
        onBridgeError: (arg: unknown) => console.warn('[shell] UI modifications bridge error', arg),
      },
      data: { uiModifications: this.uiModifications, onInitChangeId },
    };
  }

  /** Jira calls onChange after a field's value changed (on blur for text, at once for pickers). */
  fieldChanged(fieldId: string): void {
    for (const listener of this.changeListeners) {
      try {
        const result = listener({
          changedFieldId: fieldId, changeId: this.nextChangeId(), currentFormState: this.formState(), currentScreenTabsState: [], uiModifications: this.uiModifications,
        });
        if (result instanceof Promise) result.catch((e: unknown) => console.warn('[shell] onChange failed', e));
      } catch (error) {
        console.warn('[shell] onChange failed', error);
      }
    }
  }
}
