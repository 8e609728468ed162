// "Version N, changed <when> by <who>", or "Defaults (never saved)" for a section nobody saved yet. <who> is
// the Jira user's display name (asked of Jira as the viewer; the account id stays if Jira does not answer);
// changes LineBridge made itself (a followed supergroup migration) read "LineBridge".
import { useEffect, useState } from 'react';
import { Text } from '@atlaskit/primitives/compiled/text';
import type { SettingsSectionDto } from '@shared/contract';
import { useI18n } from '@ui/i18n';

const names = new Map<string, Promise<string | null>>();

async function displayName(accountId: string): Promise<string | null> {
  try {
    const { requestJira } = await import('@forge/bridge');
    const res = await requestJira(`/rest/api/3/user?accountId=${encodeURIComponent(accountId)}`);
    if (!res.ok) return null;
    const body = (await res.json()) as unknown;
    return typeof body === 'object' && body !== null && typeof (body as { displayName?: unknown }).displayName === 'string'
      ? (body as { displayName: string }).displayName
      : null;
  } catch {
    return null;
  }
}

function useDisplayName(accountId: string | null): string | null {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    if (accountId === null || accountId.startsWith('linebridge:')) return undefined;
    let live = true;
    let pending = names.get(accountId);
    if (!pending) {
      pending = displayName(accountId);
      names.set(accountId, pending);
    }
    void pending.then((found) => {
      if (live) setName(found);
    });
    return () => {
      live = false;
    };
  }, [accountId]);
  if (accountId?.startsWith('linebridge:')) return 'LineBridge';
  return name;
}

export function VersionLine({ section }: { readonly section: SettingsSectionDto }) {
  const { t, formatDateTime } = useI18n();
  const saved = section.updatedAt !== null;
  const name = useDisplayName(section.updatedBy);
  return (
    <Text as="p" color="color.text.subtle" size="small" testId="version-line">
      {saved
        ? t('admin.version', {
            version: section.version,
            when: formatDateTime(section.updatedAt ?? ''),
            who: name ?? section.updatedBy ?? '—',
          })
        : t('admin.neverSaved')}
    </Text>
  );
}
