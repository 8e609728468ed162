// After filing: the new issue's key as a link, and a way to start the next incident. Focus moves here so a
// keyboard or screen-reader user hears the result at once. Picked files are attached here, after the create.
import { useEffect, useRef } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import type { FiledIncidentDto } from '@shared/contract';
import { useI18n } from '@ui/i18n';
import { AttachmentUpload } from './attachment-upload';
import { IssueLink } from './issue-link';

type Props = { readonly filed: FiledIncidentDto; readonly files: readonly File[]; readonly onAnother: () => void };

const ASSIGNED = ['clientMapping', 'roundRobin', 'leastLoaded', 'everyoneAway', 'emptyGroup', 'failed'] as const;

export function CreatedPanel({ filed, files, onAnother }: Props) {
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
        {filed.assignment && ASSIGNED.some((r) => r === filed.assignment?.reason) && (
          <p data-testid="incident-assignment">{t(`incident.assigned.${filed.assignment.reason as (typeof ASSIGNED)[number]}`)}</p>
        )}
        <AttachmentUpload issueKey={filed.issueKey} files={files} />
        <p>
          <Button appearance="subtle" onClick={onAnother} testId="incident-file-another">
            {t('incident.fileAnother')}
          </Button>
        </p>
      </SectionMessage>
    </div>
  );
}
