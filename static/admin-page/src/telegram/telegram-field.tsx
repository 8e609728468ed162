// One labelled text input of the Telegram section with the server's error for its path under it.
import type { MessageKey } from '@shared/contract';
import { SectionField, type SectionFieldProps } from '../section-field';

type Props = Omit<SectionFieldProps, 'helpClassName' | 'errors' | 'type'> & { readonly error?: MessageKey; readonly type?: 'text' | 'password' };

export function TelegramField({ error, ...rest }: Props) {
  return <SectionField {...rest} errors={error ? [error] : []} helpClassName="lb-tg-help" />;
}
