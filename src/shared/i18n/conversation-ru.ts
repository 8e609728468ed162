// Russian texts of the two-way Telegram conversation (every key of conversation-en.ts).
import type { conversationEn } from './conversation-en';

export const conversationRu: Readonly<Record<keyof typeof conversationEn, string>> = {
  'tgc.comment.header': '{person} пишет в Telegram ({chat}):',
  'tgc.comment.headerEdited': '{person} пишет в Telegram ({chat}), изменено:',
  'tgc.comment.noText': '(файл без текста)',
  'tgc.comment.cut': '[обрезано: сообщение длиннее, чем допускает комментарий Jira]',
  'tgc.comment.attachments': 'Вложения:',
  'tgc.comment.tooBig': 'Не приложено: {file} ({size}) больше 20 МБ, которые бот может скачать из Telegram.',
  'tgc.comment.failed': 'Не приложено: {file} не удалось скопировать из Telegram ({reason}).',
  'tgc.reply.tooBig': 'Ваше сообщение добавлено в {key}, но {file} ({size}) больше 20 МБ, которые я могу взять из Telegram. Пришлите его иначе, например ссылкой или частями поменьше.',
  'tgc.reply.failed': 'Ваше сообщение добавлено в {key}, но файл {file} скопировать не удалось. Пришлите его ещё раз.',
  'tgc.reply.otherClient': 'Это сообщение относится к заявке другого проекта или клиента, поэтому я его не передал. Ответьте на сообщение о своей заявке или создайте новую.',
  'tgc.reply.gone': 'Этой заявки больше нет в Jira, поэтому ваш ответ не передан. Создайте новую заявку, если помощь ещё нужна.',
  'tgc.reply.which': 'У вас несколько открытых заявок. Ответьте на моё сообщение о нужной или укажите её ключ (например, {example}).',
  'tgc.file.document': 'документ',
  'tgc.file.photo': 'фото',
  'tgc.file.video': 'видео',
  'tgc.file.audio': 'аудиофайл',
  'tgc.file.voice': 'голосовое сообщение',
};
