// Builds the Atlassian Document Format bodies of the demo data: the incident-template description and
// comments (plain, or line 1 quoting the client). Output only; never validates what Jira would accept.
import type { AdfDoc, AdfNode } from '../jira/adf';
import type { Lang } from './clients';

const text = (value: string, strong = false): AdfNode => ({ type: 'text', text: value, ...(strong ? { marks: [{ type: 'strong' }] } : {}) });
const paragraph = (...content: AdfNode[]): AdfNode => ({ type: 'paragraph', content });
const quote = (value: string): AdfNode => ({ type: 'blockquote', content: [paragraph(text(value))] });
const doc = (...content: AdfNode[]): AdfDoc => ({ type: 'doc', version: 1, content });
const labelled = (label: string, value: string): AdfNode => paragraph(text(`${label}: `, true), text(value));

export type IncidentFacts = {
  readonly report: string;
  readonly clientId: string;
  readonly clientName: string;
  readonly occurredAt: number;
  readonly scope: string;
  readonly evidence: readonly string[];
  readonly channel: string;
};

const LABELS: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  en: { report: 'What the client reports', client: 'Client ID', occurred: 'Error occurred at', scope: 'Affected scope', evidence: 'Steps or evidence', channel: 'Contact channel' },
  ru: { report: 'Что сообщает клиент', client: 'ID клиента', occurred: 'Когда возникла ошибка', scope: 'Затронуто', evidence: 'Шаги или доказательства', channel: 'Канал связи' },
};

/** `2026-10-12 14:32 UTC` */
export function formatUtc(t: number): string {
  return `${new Date(t).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** The default incident template of PRODUCT.md, filled in, in the client's language. */
export function incidentDescription(lang: Lang, facts: IncidentFacts): AdfDoc {
  const l = LABELS[lang];
  const label = (key: string): string => l[key] ?? key;
  return doc(
    paragraph(text(`${label('report')}:`, true)),
    quote(facts.report),
    labelled(label('client'), `${facts.clientId} (${facts.clientName})`),
    labelled(label('occurred'), formatUtc(facts.occurredAt)),
    labelled(label('scope'), facts.scope),
    paragraph(text(`${label('evidence')}:`, true)),
    { type: 'bulletList', content: facts.evidence.map((e) => ({ type: 'listItem', content: [paragraph(text(e))] })) },
    labelled(label('channel'), facts.channel),
  );
}

export function plainComment(value: string): AdfDoc {
  return doc(paragraph(text(value)));
}

/** Line 1 relaying the client's words: an intro line and the quote. */
export function quotedComment(intro: string, quoted: string): AdfDoc {
  return doc(paragraph(text(intro)), quote(quoted));
}
