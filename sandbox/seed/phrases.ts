// Comment texts of the demo histories. Line 1 writes in the client's language and quotes the client;
// line 2 writes English notes. Data only.
import type { Lang } from './clients';

type Bilingual = Readonly<Record<Lang, readonly string[]>>;

export const LINE1: Readonly<Record<'escalate' | 'replyIntro' | 'reply' | 'nudgeIntro' | 'nudge' | 'reopen' | 'close', Bilingual>> = {
  escalate: {
    en: ["Escalating to line 2: reproduced on the client's account.", 'Escalating: logs and screenshots are in the description.', 'Line 2, please take this one; the knowledge-base workaround did not help.'],
    ru: ['Эскалирую на вторую линию: воспроизвела на аккаунте клиента.', 'Передаю на вторую линию, логи и скриншоты в описании.', 'Вторая линия, возьмите, пожалуйста: обходной путь из базы знаний не помог.'],
  },
  replyIntro: { en: ['The client replied:'], ru: ['Клиент ответил:'] },
  reply: {
    en: ['It happened at 10:15 today, screenshot sent in the chat.', 'Version 5.12.1 on a Samsung S23.', 'Cleared the cache, still the same error.', 'Only the accounts of our accounting team.', 'Tried again just now, it works for some users but not for others.'],
    ru: ['Сегодня в 10:15, скриншот отправили в чат.', 'Версия 5.12.1, Samsung S23.', 'Почистили кэш, ошибка та же.', 'Только у аккаунтов бухгалтерии.', 'Попробовали ещё раз: у части сотрудников работает, у части нет.'],
  },
  nudgeIntro: { en: ['The client is asking again:'], ru: ['Клиент снова спрашивает:'] },
  nudge: {
    en: ['Any news?', "Any update on this? It's still broken for us.", 'Hello? We are still waiting.'],
    ru: ['Есть новости?', 'Что там по нашей проблеме? У нас всё ещё не работает.', 'Добрый день, мы всё ещё ждём.'],
  },
  reopen: {
    en: ['Reopening: the client says the error is back.', 'Reopening: the fix did not help, the client still sees the problem.', 'Reopening: the client reports the same issue on another account.', 'Reopening: the workaround stopped working after the weekend.'],
    ru: ['Переоткрываю: клиент пишет, что ошибка вернулась.', 'Переоткрываю: исправление не помогло, у клиента всё так же.', 'Переоткрываю: та же проблема у клиента на другом аккаунте.', 'Переоткрываю: обходной путь перестал работать после выходных.'],
  },
  close: {
    en: ['The client confirmed the fix, closing.', 'No reply from the client for 3 days, closing.', 'Confirmed in the chat, closing.'],
    ru: ['Клиент подтвердил, закрываю.', 'Клиент не отвечает три дня, закрываю.', 'Подтвердили в чате, закрываю.'],
  },
};

export const LINE2: Readonly<Record<'pickup' | 'progress' | 'ask' | 'fix' | 'answer' | 'raise' | 'lower' | 'Cannot Reproduce' | 'Duplicate' | "Won't Do", readonly string[]>> = {
  pickup: ['Taking it, checking the logs.', 'On it.', 'Looking into it now.', 'Reproduced on staging, investigating.'],
  progress: [
    'Found the cause: a stuck background job. Fix in progress.',
    'The error comes from a third-party provider; opened a case with them.',
    'Narrowed it down to the last release, rolling back the config change.',
    'A cache entry was corrupted for this account; rebuilding it.',
    'Deploying the fix to staging first.',
  ],
  ask: [
    'Please ask the client for the exact time of the last failure and a screenshot.',
    "Need the client's app version and device model.",
    'Please ask the client to retry with the cache cleared and tell us the result.',
    'Ask the client which user accounts are affected.',
  ],
  fix: [
    'Fixed: restarted the stuck worker and reprocessed the failed requests.',
    "Fixed in release 5.12.2, verified on the client's account.",
    "Configuration corrected, the client's requests succeed again.",
    "Root cause fixed and the client's affected data repaired.",
    'Rolled back the faulty change, monitoring shows normal error rates.',
  ],
  answer: ['Answered with the help-centre article.', 'Explained the setting; the client can do it in Admin → Billing.', 'Sent the documentation link and an example.'],
  raise: ['Raising priority: more clients are affected now.', 'Raising priority: the client cannot take payments at all.'],
  lower: ['Lowering priority: a workaround is in place.', 'Lowering priority: only one user is affected after all.'],
  'Cannot Reproduce': ["Cannot reproduce with the client's data or on staging; please reopen if it happens again."],
  Duplicate: ['Duplicate of an earlier report from the same client; the fix is tracked there.'],
  "Won't Do": ['Works as designed; explained the limitation so line 1 can tell the client.'],
};
