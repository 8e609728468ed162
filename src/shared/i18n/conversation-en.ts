// English texts of the two-way Telegram conversation (issue 9): the Jira comment made from a client's
// message and the bot's short answers in the client chat. Plain text: the bot escapes it for HTML.
export const conversationEn = {
  'tgc.comment.header': '{person} wrote in Telegram ({chat}):',
  'tgc.comment.headerEdited': '{person} wrote in Telegram ({chat}), edited:',
  'tgc.comment.noText': '(a file without text)',
  'tgc.comment.cut': '[cut: the message was longer than a Jira comment may be]',
  'tgc.comment.attachments': 'Attachments:',
  'tgc.comment.tooBig': 'Not attached: {file} ({size}) is larger than the 20 MB a Telegram bot may download.',
  'tgc.comment.failed': 'Not attached: {file} could not be copied from Telegram ({reason}).',
  'tgc.reply.tooBig': 'Your message was added to {key}, but {file} ({size}) is larger than the 20 MB I can take from Telegram. Please send it another way, e.g. as a link or split into smaller files.',
  'tgc.reply.failed': 'Your message was added to {key}, but I could not copy {file} to it. Please send the file again.',
  'tgc.reply.otherClient': 'This message is about a request of another project or client, so I did not pass your reply on. Reply to a message about one of your own requests, or create a new one.',
  'tgc.reply.gone': 'I cannot find this request in Jira any more, so your reply was not passed on. Create a new request if you still need help.',
  'tgc.reply.which': 'You have several open requests. Reply to my message about the one you mean, or name its key (e.g. {example}).',
  'tgc.file.document': 'a document',
  'tgc.file.photo': 'a photo',
  'tgc.file.video': 'a video',
  'tgc.file.audio': 'an audio file',
  'tgc.file.voice': 'a voice message',
} as const;
