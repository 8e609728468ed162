// Copies the files of a client's message to the issue: getFile + download from Telegram (bots may download
// at most 20 MB), then a Jira attachment. Progress is saved after each file, so a retried update never
// uploads a file twice. A file that cannot be copied is noted (too big, refused) and the comment still made;
// only a transient failure (Telegram's answer lost, Jira throttling) is thrown to retry the whole update.
import { isAppError } from '../../../errors';
import { TelegramCallError } from '../../../model/telegram/telegram-failure';
import { TELEGRAM_DOWNLOAD_LIMIT_BYTES, type TelegramBot } from '../../../ports-telegram';
import type { SkippedFile } from '../../../rules/telegram/telegram-comment';
import type { AttachedFile } from '../update-shape';
import type { ConversationJira } from './ports';

export type CopiedRecord = { readonly fileId: string; readonly id: string; readonly filename: string; readonly url: string };
export type SkippedRecord = SkippedFile & { readonly fileId: string };
export type FileProgress = { readonly attachments: readonly CopiedRecord[]; readonly skipped: readonly SkippedRecord[] };

const EXTENSION: Readonly<Record<AttachedFile['kind'], string>> = { document: 'bin', photo: 'jpg', video: 'mp4', audio: 'mp3', voice: 'ogg' };

/** A safe attachment name: the document's own name without path parts, or `<kind>-<message id>.<ext>`. */
export function fileNameOf(file: AttachedFile, messageId: number, index: number): string {
  // eslint-disable-next-line no-control-regex
  const own = (file.fileName ?? '').replace(/[\\/\u0000-\u001f"]/g, '_').trim().slice(0, 200);
  if (own !== '' && own !== '.' && own !== '..') return own;
  return `${file.kind}-${messageId}${index > 0 ? `-${index + 1}` : ''}.${EXTENSION[file.kind]}`;
}

const transient = (error: unknown): boolean =>
  (error instanceof TelegramCallError && (error.failure.kind === 'ambiguous' || error.failure.kind === 'rateLimited'))
  || (isAppError(error) && error.retryable);

async function download(bot: TelegramBot, file: AttachedFile): Promise<Uint8Array | 'tooBig'> {
  if (file.fileSize !== null && file.fileSize > TELEGRAM_DOWNLOAD_LIMIT_BYTES) return 'tooBig';
  try {
    const ref = await bot.getFile(file.fileId);
    if ((ref.fileSize !== null && ref.fileSize > TELEGRAM_DOWNLOAD_LIMIT_BYTES) || ref.filePath === null) return 'tooBig';
    return await bot.downloadFile(ref.filePath);
  } catch (error) {
    if (error instanceof TelegramCallError && /too big/i.test(error.description)) return 'tooBig';
    throw error;
  }
}

export async function copyFiles(
  deps: { readonly jira: ConversationJira; readonly bot: TelegramBot },
  issueKey: string, messageId: number, files: readonly AttachedFile[], start: FileProgress, save: (p: FileProgress) => Promise<void>,
): Promise<FileProgress> {
  let progress = start;
  for (const [index, file] of files.entries()) {
    if (progress.attachments.some((a) => a.fileId === file.fileId) || progress.skipped.some((s) => s.fileId === file.fileId)) continue;
    const filename = fileNameOf(file, messageId, index);
    const skip = (reason: SkippedFile['reason'], detail: string | null): SkippedRecord => ({ fileId: file.fileId, label: filename, size: file.fileSize, reason, detail });
    let next: FileProgress;
    try {
      const bytes = await download(deps.bot, file);
      if (bytes === 'tooBig') next = { ...progress, skipped: [...progress.skipped, skip('tooBig', null)] };
      else {
        const uploaded = await deps.jira.addAttachment(issueKey, { filename, mimeType: file.mimeType ?? 'application/octet-stream', bytes });
        next = { ...progress, attachments: [...progress.attachments, { fileId: file.fileId, ...uploaded }] };
      }
    } catch (error) {
      if (transient(error) || !(error instanceof TelegramCallError || isAppError(error))) throw error;
      next = { ...progress, skipped: [...progress.skipped, skip('failed', error instanceof TelegramCallError ? error.description : error.code)] };
    }
    progress = next;
    await save(progress);
  }
  return progress;
}
