// Telegram's error envelope `{ok:false, error_code, description, parameters?}` and the exact descriptions
// the real Bot API answers with (checked against tdlib/telegram-bot-api sources and real responses; see
// sandbox/telegram/README.md). Routes throw TgError; only the stand-in turns it into a response.
import { jsonResponse, type StandInResponse } from '../http-types';

export type TgErrorParameters = { readonly retry_after?: number; readonly migrate_to_chat_id?: number };

export class TgError extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
    readonly parameters?: TgErrorParameters,
  ) {
    super(description);
  }
}

const bad = (what: string): TgError => new TgError(400, `Bad Request: ${what}`);

export const tgErrors = {
  notFound: () => new TgError(404, 'Not Found'),
  invalidToken: () => new TgError(401, 'Unauthorized: invalid token specified'),
  unauthorized: () => new TgError(401, 'Unauthorized'),
  badRequest: bad,
  chatNotFound: () => bad('chat not found'),
  chatIdEmpty: () => bad('chat_id is empty'),
  textEmpty: () => bad('message text is empty'),
  textTooLong: () => bad('message is too long'),
  captionTooLong: () => bad('message caption is too long'),
  parseEntities: (detail: string) => bad(`can't parse entities: ${detail}`),
  unsupportedParseMode: () => bad('unsupported parse_mode'),
  threadNotFound: () => bad('message thread not found'),
  topicClosed: () => bad('TOPIC_CLOSED'),
  notForum: () => bad('the chat is not a forum'),
  topicNameInvalid: () => bad('TOPIC_NAME_INVALID'),
  topicRights: () => bad('not enough rights to create a topic'),
  replyNotFound: () => bad('message to be replied not found'),
  editNotFound: () => bad('message to edit not found'),
  deleteNotFound: () => bad('message to delete not found'),
  notModified: () => bad('message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message'),
  queryTooOld: () => bad('query is too old and response timeout expired or query ID is invalid'),
  markupJson: () => bad("can't parse reply keyboard markup JSON object"),
  buttonDataInvalid: () => bad('BUTTON_DATA_INVALID'),
  textButtonsInInline: () => bad("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"),
  userNotFound: () => bad('user not found'),
  noAdminsInPrivate: () => bad('there are no administrators in the private chat'),
  privateStatus: () => bad("chat member status can't be changed in private chats"),
  migrated: (to: number) => new TgError(400, 'Bad Request: group chat was upgraded to a supergroup chat', { migrate_to_chat_id: to }),
  kicked: (type: 'group' | 'supergroup') => new TgError(403, `Forbidden: bot was kicked from the ${type} chat`),
  notMember: (type: 'group' | 'supergroup') => new TgError(403, `Forbidden: bot is not a member of the ${type} chat`),
  blocked: () => new TgError(403, 'Forbidden: bot was blocked by the user'),
  webhookActive: () => new TgError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"),
  otherGetUpdates: () => new TgError(409, 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running'),
  terminatedBySetWebhook: () => new TgError(409, 'Conflict: terminated by setWebhook request'),
  badWebhookHttps: () => bad('bad webhook: An HTTPS URL must be provided for webhook'),
  badWebhookPort: () => bad('bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443'),
  badWebhookUrl: () => bad('bad webhook: Failed to resolve host: Name or service not known'),
  secretChars: () => bad('secret token contains unallowed characters'),
  secretTooLong: () => bad('secret token is too long'),
  tooManyRequests: (retryAfter: number) => new TgError(429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter }),
  internal: () => new TgError(500, 'Internal Server Error'),
  badGateway: () => new TgError(502, 'Bad Gateway'),
};

export function okResponse(result: unknown, description?: string): StandInResponse {
  return jsonResponse(200, description === undefined ? { ok: true, result } : { ok: true, result, description });
}

export function errorResponse(error: TgError): StandInResponse {
  const body = { ok: false, error_code: error.code, description: error.description, ...(error.parameters ? { parameters: error.parameters } : {}) };
  const headers: Record<string, string> = error.parameters?.retry_after !== undefined ? { 'retry-after': String(error.parameters.retry_after) } : {};
  return jsonResponse(error.code, body, headers);
}
