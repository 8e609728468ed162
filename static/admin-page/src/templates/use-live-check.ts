// The saved templates checked against Jira's live field list (templates/check): answers mapped to Jira
// fields that were deleted are flagged in the editor before an agent meets the error at filing.
import { useCallback, useEffect, useState } from 'react';
import type { MessageKey } from '@shared/contract';
import { api } from '../api';

export function useLiveCheck(version: number): { readonly errors: Readonly<Record<string, MessageKey>> | null; readonly recheck: () => void } {
  const [errors, setErrors] = useState<Readonly<Record<string, MessageKey>> | null>(null);
  const recheck = useCallback(() => {
    void api.call('templates/check', {}).then((r) => setErrors(r.ok ? r.value.errors : null));
  }, []);
  useEffect(recheck, [version, recheck]);
  return { errors, recheck };
}
