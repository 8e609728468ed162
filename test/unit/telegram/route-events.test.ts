// Routing notifications to chats: project, event type, priority and issue type filters; client chats
// never receive internal events.
import { DEFAULT_TELEGRAM, type TelegramRoute } from '../../../src/domain/model/telegram/settings';
import { routeEvent } from '../../../src/domain/rules/telegram/route-events';
import { aNotification, anIssue } from '../../builders/notification';

const route = (overrides: Partial<TelegramRoute>): TelegramRoute => ({
  id: 'r', projectKey: 'SUP', chatId: -100, topicId: null, label: '', events: ['statusChanged', 'commented', 'assigned', 'slaBreached'],
  priorities: [], issueTypes: [], publicOnly: false, locale: 'en', ...overrides,
});
const targets = (routes: TelegramRoute[], event = aNotification()) => routeEvent({ ...DEFAULT_TELEGRAM, routes }, event).map((r) => r.chatId);

describe('routeEvent', () => {
  it('matches project and event type', () => {
    expect(targets([route({ chatId: -1 }), route({ chatId: -2, projectKey: 'OPS' }), route({ chatId: -3, events: ['resolved'] })])).toEqual([-1]);
  });

  it('filters by priority and issue type, case-insensitively; empty means all', () => {
    const routes = [route({ chatId: -1, priorities: ['critical'] }), route({ chatId: -2, priorities: ['HIGH'], issueTypes: ['incident'] }), route({ chatId: -3, issueTypes: ['Question'] })];
    expect(targets(routes)).toEqual([-2]);
    expect(targets([route({ chatId: -1, priorities: ['High'] })], aNotification({ issue: anIssue({ priority: null }) }))).toEqual([]);
  });

  it('keeps internal comments, assignments and SLA events away from client chats', () => {
    const client = route({ chatId: -9, publicOnly: true });
    expect(targets([client], aNotification({ type: 'commented', internal: true }))).toEqual([]);
    expect(targets([client], aNotification({ type: 'commented', internal: false }))).toEqual([-9]);
    expect(targets([client], aNotification({ type: 'assigned', internal: false }))).toEqual([]);
    expect(targets([client], aNotification({ type: 'slaBreached', internal: true }))).toEqual([]);
  });

  it('sends once per chat and topic even if two routes overlap', () => {
    expect(targets([route({ id: 'a', chatId: -1 }), route({ id: 'b', chatId: -1, priorities: ['High'] }), route({ id: 'c', chatId: -1, topicId: 7 })])).toEqual([-1, -1]);
  });
});
