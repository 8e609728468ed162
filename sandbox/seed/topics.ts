// What the demo incidents are about: per priority tier, a summary, the client's words and the evidence, in
// English and Russian, with the component and label Jira gets. Data only. Tiers follow PRODUCT.md's rules.
import type { Lang } from './clients';

export type Tier = 'Critical' | 'High' | 'Medium' | 'Low';
export type TopicText = { readonly summary: string; readonly report: string; readonly evidence: string };
export type Topic = { readonly tier: Tier; readonly component: string | null; readonly label: string } & Readonly<Record<Lang, TopicText>>;

const t = (tier: Tier, component: string | null, label: string, en: [string, string, string], ru: [string, string, string]): Topic => ({
  tier, component, label,
  en: { summary: en[0], report: en[1], evidence: en[2] },
  ru: { summary: ru[0], report: ru[1], evidence: ru[2] },
});

export const TOPICS: readonly Topic[] = [
  t('Critical', 'Billing', 'payments', ['Payment page returns 502 for all clients', 'Nobody can pay, the payment page shows "Bad gateway".', 'Status page probe red since the error time; 502 in the gateway log'],
    ['Страница оплаты отдаёт 502 у всех клиентов', 'Никто не может оплатить, страница оплаты показывает «Bad gateway».', 'Проба статус-страницы красная с момента ошибки; 502 в логе шлюза']),
  t('Critical', null, 'login', ['Login fails for every user after the release', 'None of our staff can log in, the form just spins.', 'Login error rate 100% on the dashboard'],
    ['Вход не работает ни у кого после релиза', 'Никто из сотрудников не может войти, форма бесконечно крутится.', 'Доля ошибок входа 100% на дашборде']),
  t('Critical', 'Public API', 'api', ['Public API answers 503 to every request', 'All our integrations stopped, every API call returns 503.', 'curl output with 503 and Retry-After attached'],
    ['Публичный API отвечает 503 на все запросы', 'Все интеграции встали, любой вызов API возвращает 503.', 'Вывод curl с 503 и Retry-After во вложении']),
  t('High', 'Mobile app', 'push', ['Push notifications arrive hours late for most users', 'Most of our users get notifications 2–3 hours late.', 'Delivery lag graph from the push provider'],
    ['Push-уведомления приходят с опозданием на часы у большинства', 'У большинства пользователей уведомления приходят через 2–3 часа.', 'График задержки доставки от push-провайдера']),
  t('High', null, 'reports', ['Reports take minutes to load for most accounts', 'Reports page takes 3–5 minutes for almost everyone.', 'HAR file, slow /reports requests of 180 s'],
    ['Отчёты грузятся минутами у большинства аккаунтов', 'Страница отчётов открывается 3–5 минут почти у всех.', 'HAR-файл, медленные запросы /reports по 180 с']),
  t('High', 'Public API', 'webhooks', ['Webhook deliveries failing for many clients', 'Our webhooks stopped coming in, other clients say the same.', 'Delivery log: timeouts for more than half of the endpoints'],
    ['Вебхуки не доставляются у многих клиентов', 'Перестали приходить вебхуки, другие клиенты говорят то же самое.', 'Журнал доставки: таймауты у более чем половины адресов']),
  t('High', null, 'sms', ['SMS login codes not delivered to most users', 'Most users never receive the SMS code and cannot log in.', 'SMS gateway report: 62% undelivered'],
    ['SMS-коды для входа не доходят до большинства', 'Большинству пользователей не приходит SMS-код, войти нельзя.', 'Отчёт SMS-шлюза: 62% не доставлено']),
  t('Medium', 'Billing', 'invoices', ['Invoice PDF export fails', 'When I click "Download PDF" on an invoice I get an error.', 'Screenshot of the error, invoice INV-2291'],
    ['Не выгружается счёт в PDF', 'При нажатии «Скачать PDF» на счёте появляется ошибка.', 'Скриншот ошибки, счёт INV-2291']),
  t('Medium', 'Billing', 'payments', ['Card payment declined although the card is valid', 'My card is fine, the bank says no attempt was made.', 'Payment attempt id pa_8841, bank statement'],
    ['Оплата картой отклонена, хотя карта рабочая', 'С картой всё в порядке, банк говорит, что попытки списания не было.', 'ID попытки оплаты pa_8841, выписка банка']),
  t('Medium', 'Billing', 'invoices', ['Duplicate charge on the monthly invoice', 'We were charged twice for this month.', 'Two charges of the same amount on the statement'],
    ['Двойное списание по ежемесячному счёту', 'С нас списали деньги дважды за этот месяц.', 'Два одинаковых списания в выписке']),
  t('Medium', 'Billing', 'vat', ['Wrong VAT rate on invoices', 'The invoices show 0% VAT, we need 20%.', 'Invoices INV-3310 and INV-3311'],
    ['Неверная ставка НДС в счетах', 'В счетах стоит НДС 0%, а нам нужно 20%.', 'Счета INV-3310 и INV-3311']),
  t('Medium', null, 'login', ['Cannot log in after password reset', 'I reset my password and now it says the link is expired.', 'Screenshot "link expired", reset e-mail headers'],
    ['Не получается войти после сброса пароля', 'Сбросила пароль, а теперь пишет, что ссылка устарела.', 'Скриншот «ссылка устарела», заголовки письма']),
  t('Medium', 'Mobile app', 'mobile', ['Mobile app crashes when opening chat', 'The app closes as soon as I open the chat tab.', 'Android 14, app 5.12.1, crash id 7f3a'],
    ['Мобильное приложение падает при открытии чата', 'Приложение закрывается, как только открываю вкладку чата.', 'Android 14, приложение 5.12.1, crash id 7f3a']),
  t('Medium', 'Mobile app', 'sync', ['Changes made on mobile do not sync to web', 'What I edit on the phone never shows up on the website.', 'Two screenshots, same record, different values'],
    ['Изменения с телефона не синхронизируются с вебом', 'То, что правлю на телефоне, не появляется на сайте.', 'Два скриншота одной записи с разными значениями']),
  t('Medium', 'Public API', 'api', ['API key stopped working', 'Our API key suddenly returns 401 Unauthorized.', 'Request id req_55c1, response body'],
    ['Перестал работать API-ключ', 'Наш API-ключ вдруг начал возвращать 401 Unauthorized.', 'ID запроса req_55c1, тело ответа']),
  t('Medium', 'Public API', 'webhooks', ['Webhook signature does not match', 'Our server rejects your webhooks, the signature is wrong.', 'Sample payload and computed HMAC'],
    ['Не совпадает подпись вебхука', 'Наш сервер отклоняет ваши вебхуки: подпись неверная.', 'Пример payload и вычисленный HMAC']),
  t('Medium', null, 'reports', ['Data missing in the monthly report', 'The October report has no data after the 20th.', 'Exported CSV, rows stop on the 20th'],
    ['В месячном отчёте нет части данных', 'В отчёте за октябрь нет данных после 20-го числа.', 'Выгруженный CSV, строки заканчиваются 20-м']),
  t('Medium', null, 'users', ['Cannot invite a new user to the workspace', 'The invite button gives "Something went wrong".', 'Screenshot, invited address and time'],
    ['Не получается пригласить пользователя в пространство', 'Кнопка приглашения выдаёт «Что-то пошло не так».', 'Скриншот, адрес приглашённого и время']),
  t('Medium', null, 'notifications', ['E-mail notifications stopped for one account', 'We no longer get any e-mails from you since Monday.', 'Spam folder checked; last e-mail received Monday 09:12'],
    ['Перестали приходить письма-уведомления на один аккаунт', 'С понедельника от вас не приходит ни одного письма.', 'Папка «Спам» проверена; последнее письмо в понедельник в 09:12']),
  t('Low', 'Billing', 'question', ['How do I export invoices as CSV?', 'Where can I download all invoices as a CSV file?', 'n/a (question)'],
    ['Как выгрузить счета в CSV?', 'Где можно скачать все счета одним CSV-файлом?', 'нет (вопрос)']),
  t('Low', 'Billing', 'question', ['How to change the billing e-mail?', 'Invoices go to a former colleague, how do we change that?', 'n/a (question)'],
    ['Как сменить e-mail для счетов?', 'Счета приходят бывшему сотруднику, как это поменять?', 'нет (вопрос)']),
  t('Low', 'Public API', 'question', ['What are the API rate limits?', 'How many requests per minute may we send?', 'n/a (question)'],
    ['Какие лимиты у API?', 'Сколько запросов в минуту нам можно отправлять?', 'нет (вопрос)']),
  t('Low', null, 'question', ['How to enable two-factor authentication?', 'We want 2FA for all our users, is that possible?', 'n/a (question)'],
    ['Как включить двухфакторную аутентификацию?', 'Хотим 2FA для всех пользователей, это возможно?', 'нет (вопрос)']),
  t('Low', 'Mobile app', 'question', ['Is there a tablet version of the app?', 'Does the app support iPad landscape mode?', 'n/a (question)'],
    ['Есть ли версия приложения для планшета?', 'Поддерживает ли приложение горизонтальный режим на iPad?', 'нет (вопрос)']),
];

export const SCOPES: Readonly<Record<Tier, Readonly<Record<Lang, string>>>> = {
  Critical: { en: 'All clients', ru: 'Все клиенты' },
  High: { en: 'More than half of the users', ru: 'Больше половины пользователей' },
  Medium: { en: 'One client', ru: 'Один клиент' },
  Low: { en: 'Question, no outage', ru: 'Вопрос, сбоя нет' },
};
