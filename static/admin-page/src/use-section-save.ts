// Saving one settings section: the outcome banner, the field errors from the server (kept until the next
// save) and the busy flag. The draft itself stays with the section, so a failed save never loses edits.
import { useState } from 'react';
import type { MessageKey, Result, SettingsSectionDto } from '@shared/contract';
import type { SaveOutcome } from './save-banner';

export type SaveSection = (value: unknown, expectedVersion: number) => Promise<Result<SettingsSectionDto>>;

/** What the settings page hands every editable section. */
export type SectionProps = {
  readonly section: SettingsSectionDto;
  readonly canEdit: boolean;
  readonly save: SaveSection;
  readonly onReload: () => void;
};

export function useSectionSave(save: SaveSection, version: number) {
  const [errors, setErrors] = useState<Readonly<Record<string, MessageKey>>>({});
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const [saving, setSaving] = useState(false);
  const submit = async (value: unknown): Promise<void> => {
    setSaving(true);
    setOutcome(null);
    const result = await save(value, version);
    setSaving(false);
    setOutcome(result.ok ? { kind: 'saved' } : { kind: 'failed', error: result.error });
    setErrors(result.ok ? {} : (result.error.fieldErrors ?? {}));
  };
  return { errors, outcome, saving, submit };
}
