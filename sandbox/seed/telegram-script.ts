// The demo's Telegram chats as data: who is in each chat and what was said, days and minutes before the
// anchor. Fictional people and companies only; no behaviour here (telegram-chats.ts plays it).

export type ScriptPerson = { readonly key: string; readonly firstName: string; readonly lastName: string; readonly username: string; readonly lang: 'en' | 'ru' };
/** `reply`: index of an earlier line of the same chat this one answers. */
export type ScriptLine = { readonly by: string; readonly daysBefore: number; readonly at: string; readonly text: string; readonly reply?: number };
export type ScriptChat = { readonly key: 'team' | 'greenleaf' | 'northwind'; readonly title: string; readonly type: 'supergroup' | 'group'; readonly members: readonly string[]; readonly lines: readonly ScriptLine[] };

/** Client contacts (the staff come from SEED_USERS, keyed by their role index, e.g. `line1-0`). */
export const CLIENT_PEOPLE: readonly ScriptPerson[] = [
  { key: 'laura', firstName: 'Laura', lastName: 'Mills', username: 'laura_greenleaf', lang: 'en' },
  { key: 'tom', firstName: 'Tom', lastName: 'Reyes', username: 'treyes_it', lang: 'en' },
  { key: 'irina', firstName: 'Ирина', lastName: 'Волкова', username: 'irina_nw', lang: 'ru' },
  { key: 'pavel', firstName: 'Павел', lastName: 'Смирнов', username: 'psmirnov', lang: 'ru' },
];

/** The client group the seed links to SUP (telegram-chats.ts), with its client ID from clients.ts. */
export const LINKED_CLIENT_CHAT = { key: 'greenleaf', clientId: 'CL-10529' } as const;

export const DEMO_CHATS: readonly ScriptChat[] = [
  {
    key: 'team', title: 'SUP support team', type: 'supergroup',
    members: ['lead-0', 'line1-0', 'line1-1', 'line2-0', 'line2-1', 'line2-2', 'admin-0'],
    lines: [
      { by: 'lead-0', daysBefore: 6, at: '08:05', text: 'Morning all. Reminder: Critical incidents get a first answer within 15 minutes, day or night.' },
      { by: 'line2-0', daysBefore: 6, at: '08:12', text: 'Noted. I am on call tonight.' },
      { by: 'line1-1', daysBefore: 3, at: '13:40', text: 'Greenleaf Schools report the gradebook export times out again. Filing it now.' },
      { by: 'line2-2', daysBefore: 3, at: '13:52', text: 'I will take it, looks like the same report query as last month.', reply: 2 },
      { by: 'line1-0', daysBefore: 1, at: '09:15', text: 'Northwind пишут, что накладные не выгружаются в 1С с утра. Кто посмотрит?' },
      { by: 'line2-1', daysBefore: 1, at: '09:21', text: 'Беру. Похоже, истёк сертификат на шлюзе.', reply: 4 },
      { by: 'lead-0', daysBefore: 1, at: '17:30', text: 'Thanks everyone, quiet evening so far. The bot will post status changes of SUP issues here.' },
    ],
  },
  {
    key: 'greenleaf', title: 'Greenleaf Schools — support', type: 'group',
    members: ['laura', 'tom', 'line1-1', 'lead-0'],
    lines: [
      { by: 'laura', daysBefore: 3, at: '13:31', text: 'Hi! Teachers cannot export the gradebook, it spins and then says "timeout".' },
      { by: 'line1-1', daysBefore: 3, at: '13:38', text: 'Thanks Laura, we are on it. Does it happen for every class or only the large ones?', reply: 0 },
      { by: 'tom', daysBefore: 3, at: '13:45', text: 'Only classes with more than ~200 students, small ones work.' },
      { by: 'line1-1', daysBefore: 2, at: '10:02', text: 'The fix is deployed, exports of large classes take about 20 seconds now. Could you try again?' },
      { by: 'laura', daysBefore: 2, at: '10:20', text: 'Works, thank you!', reply: 3 },
    ],
  },
  {
    key: 'northwind', title: 'Northwind — поддержка', type: 'group',
    members: ['irina', 'pavel', 'line1-0', 'lead-0'],
    lines: [
      { by: 'irina', daysBefore: 1, at: '09:05', text: 'Добрый день! С утра накладные не выгружаются в 1С, ошибка соединения.' },
      { by: 'line1-0', daysBefore: 1, at: '09:14', text: 'Здравствуйте, Ирина! Завели заявку, инженер уже смотрит.', reply: 0 },
      { by: 'pavel', daysBefore: 1, at: '11:40', text: 'Есть новости? Склад ждёт документы.' },
      { by: 'line1-0', daysBefore: 1, at: '11:52', text: 'Обновили сертификат на шлюзе, выгрузка снова работает. Проверьте, пожалуйста.', reply: 2 },
      { by: 'pavel', daysBefore: 1, at: '12:05', text: 'Всё прошло, спасибо!' },
    ],
  },
];
