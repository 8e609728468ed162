// Every Jira request the Telegram bridge sends (issue, comment with properties, user, statuses) is a
// documented operation of the official OpenAPI document and every answer validates against it.
import { exchangeProblems } from './exchange-problems';
import { comment, deliverAll, saveTelegramSettings, teamChat, transition, useTelegramHost } from '../builders/telegram';

const host = useTelegramHost({ scope: 'file' });

it('uses only documented Jira operations with valid answers', async () => {
  const chat = await teamChat(host());
  await saveTelegramSettings(host(), [{ chatId: chat }]);
  const before = host().jiraExchanges.length;
  await comment(host(), 'SUP-1', 'Contract check.');
  await transition(host(), 'SUP-2', '41');
  await deliverAll(host());
  const mine = host().jiraExchanges.slice(before).filter(({ request }) => /\/(issue\/\d+(\/comment\/\d+)?|user|status)$/.test(request.path));
  expect(mine.map(({ request }) => request.path)).toEqual(expect.arrayContaining([expect.stringMatching(/\/comment\/\d+$/), '/rest/api/3/user', '/rest/api/3/status']));
  expect(exchangeProblems(mine)).toEqual([]);
});
