// The default transition rules (PRODUCT.md): moving an incident to Open requires "Error occurred at" and
// "Description"; a reopen (Resolved/Closed → Open/In Progress) requires a reopen reason and a comment.
import { translate, type MessageKey } from '../../../shared/i18n';
import { REOPEN_REASON_OPTIONS } from '../template/provisioning';
import type { LocalizedText } from '../template/types';
import type { TransitionGuardSettings } from './types';

const both = (key: MessageKey): LocalizedText => ({ en: translate('en', key), ru: translate('ru', key) });

export const DEFAULT_TRANSITION_GUARD: TransitionGuardSettings = {
  rules: [
    {
      id: 'sup-open',
      projectKey: 'SUP',
      issueTypeName: 'Incident',
      target: { kind: 'status', toStatus: 'Open', fromStatuses: ['New'] },
      fields: [
        { ref: { kind: 'logical', key: 'errorOccurredAt' }, check: 'dateSet', label: both('guard.field.errorOccurredAt') },
        { ref: { kind: 'system', id: 'description' }, check: 'nonEmpty', label: both('guard.field.description') },
      ],
      priorityNames: [],
      requireComment: false,
      message: both('guard.default.open.message'),
    },
    {
      id: 'sup-reopen',
      projectKey: 'SUP',
      issueTypeName: null,
      target: { kind: 'status', toStatus: 'Open', fromStatuses: ['Resolved', 'Closed'] },
      fields: [{ ref: { kind: 'logical', key: 'reopenReason' }, check: 'optionSelected', label: both('guard.field.reopenReason') }],
      priorityNames: [],
      requireComment: true,
      message: both('guard.default.reopen.message'),
    },
    {
      id: 'sup-reopen-progress',
      projectKey: 'SUP',
      issueTypeName: null,
      target: { kind: 'status', toStatus: 'In Progress', fromStatuses: ['Resolved', 'Closed'] },
      fields: [{ ref: { kind: 'logical', key: 'reopenReason' }, check: 'optionSelected', label: both('guard.field.reopenReason') }],
      priorityNames: [],
      requireComment: true,
      message: both('guard.default.reopen.message'),
    },
  ],
  reopenReasons: REOPEN_REASON_OPTIONS,
};
