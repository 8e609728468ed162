// Every Jira request the two-way conversation sends (issue with its incident property, comments with their
// Telegram origin, edits, attachments, transitions, the change history, the repeat-contact property) is a
// documented operation of the official OpenAPI document and every answer validates against it.
import { exchangeProblems } from './exchange-problems';
import { transition } from '../builders/sla-host';
import { clientIssue, deliverAll, linkedClientChat, publicNotice, routeToClient } from '../builders/telegram-conversation';
import { useTelegramHost } from '../builders/telegram';

const host = useTelegramHost({ scope: 'file' });

it('uses only documented Jira operations with valid answers', async () => {
  const client = await linkedClientChat(host());
  await routeToClient(host(), client.chatId);
  const issue = await clientIssue(host(), '4711');
  await transition(host(), issue.key, '11', 'line1');
  await transition(host(), issue.key, '31', 'line2');
  const notice = await publicNotice(host(), client.chatId, issue.key);
  const before = host().jiraExchanges.length;
  const posted = host().telegram.postAsPerson(client.chatId, client.person.id, 'Any news? Log attached', { replyToMessageId: notice, document: { fileName: 'a.log', content: 'log' } });
  await host().telegram.webhookIdle();
  await deliverAll(host());
  host().telegram.editAsPerson(client.chatId, posted.message.message_id, client.person.id, 'Any news? The log is attached');
  await host().telegram.webhookIdle();
  await deliverAll(host());

  const mine = host().jiraExchanges.slice(before);
  const paths = mine.map(({ request }) => `${request.method} ${request.path}`);
  expect(paths).toEqual(expect.arrayContaining([
    expect.stringMatching(/^POST \/rest\/api\/3\/issue\/SUP-\d+\/attachments$/), expect.stringMatching(/^POST \/rest\/api\/3\/issue\/SUP-\d+\/comment$/),
    expect.stringMatching(/^PUT \/rest\/api\/3\/issue\/SUP-\d+\/comment\/\d+$/), expect.stringMatching(/^POST \/rest\/api\/3\/issue\/SUP-\d+\/transitions$/),
    expect.stringMatching(/^GET \/rest\/api\/3\/issue\/SUP-\d+\/changelog$/), expect.stringMatching(/^PUT \/rest\/api\/3\/issue\/SUP-\d+\/properties\/linebridge-contacts$/),
  ]));
  // A multipart body is not JSON: its part is checked by the stand-in; the operation and answer are checked here.
  const checked = mine.map((e) => (e.request.headers['content-type']?.startsWith('multipart/') ? { ...e, request: { ...e.request, body: '' } } : e));
  expect(exchangeProblems(checked)).toEqual([]);
});
