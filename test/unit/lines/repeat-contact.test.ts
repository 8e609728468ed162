// The repeat-contact rule: chasing phrasings in English and Russian count, relayed answers and notes do not.
import { isRepeatContact } from '../../../src/domain/rules/lines/repeat-contact';

describe('repeat contacts', () => {
  it.each([
    'Any news?',
    'The client is asking again: any update on this?',
    "Hello? We are still waiting.",
    'Есть новости?',
    'Клиент снова спрашивает: что там по нашей проблеме?',
    'Добрый день, мы всё ещё ждём.',
    'Мы все еще ждем ответа',
    'When will it be fixed?',
  ])('recognises a chase: %s', (text) => {
    expect(isRepeatContact(text)).toBe(true);
  });

  it.each([
    'The client replied: it happened at 10:15 today.',
    'No reply from the client for 3 days, closing.',
    'Cleared the cache, still the same error.',
    'Reopening: the client says the error is back.',
    'Клиент ответил: сегодня в 10:15.',
    'Новость дня: релиз 5.12',
    '',
  ])('ignores a message that does not chase: %s', (text) => {
    expect(isRepeatContact(text)).toBe(false);
  });
});
