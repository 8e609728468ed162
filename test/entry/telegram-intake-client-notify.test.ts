// A group linked with a client ID hears about every issue of its project carrying that client ID — also
// those filed in Jira (the form, Jira's own create dialog) — public events only; another client's issue
// never reaches it, a link without a client ID hears only about what it filed, and an event of a project
// nobody linked costs no Jira read.
import type { FiledIncidentDto, ProvisionReportDto } from '../../src/shared/contract';
import { callAs, formAnswers } from '../builders/incident-host';
import { jiraRequest, seededUser } from '../builders/host';
import { botMessages, comment, deliverAll, transition, useTelegramHost } from '../builders/telegram';
import { fileTicket, linkedGroup } from '../builders/telegram-intake';

const host = useTelegramHost();

const texts = (chatId: number): string => botMessages(host(), chatId).map((m) => m.message.text ?? '').join('\n---\n');

async function fileInJira(clientId: string, idempotencyKey: string): Promise<string> {
  const filed = await callAs<FiledIncidentDto>(host(), 'line1', 'incidents/create', {
    idempotencyKey, templateId: 'sup-incident-en', projectKey: 'SUP', issueTypeName: 'Incident', answers: formAnswers({ clientId, what: `Filed in Jira for ${clientId}` }),
  });
  if (!filed.ok) throw new Error(JSON.stringify(filed.error));
  return filed.value.issueKey;
}

describe('issues of a linked client filed in Jira', () => {
  it('reach the chat of that client only: created, public comments and status changes, never internal ones', async () => {
    const acme = await linkedGroup(host(), { clientId: 'ACME-042', title: 'Acme — support' });
    const other = await linkedGroup(host(), { clientId: 'OTHER-9', title: 'Other — support' });
    const plain = await linkedGroup(host(), { clientId: null, title: 'Project-wide group' });
    const acmeIssue = await fileInJira('ACME-042', 'client-notify-acme-1');
    const otherIssue = await fileInJira('OTHER-9', 'client-notify-other-1');
    await deliverAll(host(), { virtualMs: 30_000 });
    await comment(host(), acmeIssue, 'We reproduced it on our side.');
    await comment(host(), acmeIssue, 'Internal: the cache again', { visibility: { type: 'role', value: 'Members' } });
    await comment(host(), otherIssue, 'Other client: patch deployed.');
    await transition(host(), acmeIssue, '11');
    await deliverAll(host(), { virtualMs: 60_000 });

    const forAcme = texts(acme.chatId);
    expect(forAcme).toMatch(new RegExp(`🆕 ${acmeIssue}\\b`));
    expect(forAcme).toContain('We reproduced it on our side.');
    expect(forAcme).toMatch(new RegExp(`🔄 ${acmeIssue}\\b[^]*New → Open`));
    expect(forAcme).not.toContain('the cache again');
    expect(forAcme).not.toContain(otherIssue);
    expect(forAcme).not.toContain('Other client');

    const forOther = texts(other.chatId);
    expect(forOther).toMatch(new RegExp(`🆕 ${otherIssue}\\b`));
    expect(forOther).toContain('Other client: patch deployed.');
    expect(forOther).not.toContain(acmeIssue);

    // No client ID on the link: it does not say whose issues it may read, so it hears about none of these.
    expect(texts(plain.chatId)).not.toContain(acmeIssue);
    expect(texts(plain.chatId)).not.toContain(otherIssue);
  }, 60_000);

  it('are recognised by the Client ID field when the incident property has none (Jira’s own create dialog)', async () => {
    const report = await callAs<ProvisionReportDto>(host(), 'admin', 'templates/provision', {}, 'linebridge-admin');
    if (!report.ok || !report.value.ok) throw new Error('provisioning failed');
    const fieldId = report.value.resolved.clientId ?? '';
    const acme = await linkedGroup(host(), { clientId: 'ACME-042' });
    const res = await host().jira.handle(jiraRequest('POST', '/rest/api/3/issue', {
      fields: { project: { key: 'SUP' }, issuetype: { name: 'Task' }, summary: 'Dialog issue of Acme', [fieldId]: 'ACME-042' },
    }), { kind: 'user', accountId: seededUser('line1').accountId });
    expect(res.status).toBe(201);
    const key = (JSON.parse(res.body) as { key: string }).key;
    await deliverAll(host(), { virtualMs: 30_000 });
    expect(texts(acme.chatId)).toMatch(new RegExp(`🆕 ${key}\\b`));
  }, 60_000);

  it('do not announce a second time what the chat filed itself, nor reach a link without client ID', async () => {
    const acme = await linkedGroup(host(), { clientId: 'ACME-042' });
    const plain = await linkedGroup(host(), { clientId: null, title: 'Project-wide group' });
    const client = acme.clients[0] ?? 0;
    const reply = await fileTicket(host(), acme.chatId, client);
    const key = /\b(SUP-\d+)\b/.exec(reply)?.[1] ?? '';
    await comment(host(), key, 'Looking at it now.');
    await deliverAll(host(), { virtualMs: 30_000 });
    const about = botMessages(host(), acme.chatId).filter((m) => (m.message.text ?? '').includes('Looking at it now.'));
    expect(about).toHaveLength(1);
    expect(texts(acme.chatId)).not.toMatch(new RegExp(`🆕 ${key}\\b`));
    expect(texts(plain.chatId)).not.toContain(key);

    // The link's own chat filed through the plain group: that one hears about its own issue only.
    const plainClient = plain.clients[0] ?? 0;
    const own = /\b(SUP-\d+)\b/.exec(await fileTicket(host(), plain.chatId, plainClient, ['Plain group request', '4711', 'now', '3', '-', '-']))?.[1] ?? '';
    await comment(host(), own, 'Plain group: on it.');
    await deliverAll(host(), { virtualMs: 30_000 });
    expect(texts(plain.chatId)).toContain('Plain group: on it.');
    expect(texts(acme.chatId)).not.toContain('Plain group: on it.');
  }, 90_000);
});

describe('a project nobody linked', () => {
  it('costs no Jira read of the issue in the Telegram notifier', async () => {
    await linkedGroup(host(), { clientId: 'ACME-042' }); // linked to SUP only
    const notifierReads = async (projectKey: string, issueKey: string, issueId: string): Promise<number> => {
      const before = host().jiraExchanges.length;
      host().events.dispatch({
        eventType: 'avi:jira:commented:issue',
        payload: { issue: { id: issueId, key: issueKey, fields: { project: { key: projectKey } } }, comment: { id: '77' }, atlassianId: seededUser('line2').accountId },
        causedByApp: false,
      });
      await deliverAll(host());
      // The notifier's issue read (ForgeIssueReader): the fields a message shows.
      return host().jiraExchanges.slice(before).filter(({ request: r }) => r.path === `/rest/api/3/issue/${issueId}` && /^summary,status,priority,issuetype,project(,customfield_\d+)?$/.test(r.query.get('fields') ?? '')).length;
    };
    expect(await notifierReads('OPS', 'OPS-1', '990001')).toBe(0);
    expect(await notifierReads('SUP', 'SUP-1', '990002')).toBeGreaterThan(0); // the same event of the linked project is read
    expect(host().events.failures).toEqual([]);
  });
});
