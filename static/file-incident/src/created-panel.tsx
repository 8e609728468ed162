// After filing: the new issue's key as a link, and a way to start the next incident. Focus moves here so a
// keyboard or screen-reader user hears the result at once.
import { useEffect, useRef } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import type { FiledIncidentDto } from '@shared/contract';
import { useI18n } from '@ui/i18n';
import { IssueLink } from './issue-link';

export function CreatedPanel({ filed, onAnother }: { readonly filed: FiledIncidentDto; readonly onAnother: () => void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} role="status" data-testid="incident-created" data-issue-key={filed.issueKey}>
      <SectionMessage appearance="success" title={t(filed.replayed ? 'incident.createdReplayed' : 'incident.created', { key: filed.issueKey })}>
        <p>
          <IssueLink issueKey={filed.issueKey} testId="incident-created-link">
            {t('incident.open', { key: filed.issueKey })}
          </IssueLink>{' '}
          · {t('incident.priority')}: {filed.priorityName}
        </p>
        <p>
          <Button appearance="subtle" onClick={onAnother} testId="incident-file-another">
            {t('incident.fileAnother')}
          </Button>
        </p>
      </SectionMessage>
    </div>
  );
}
