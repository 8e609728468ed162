// Jira's form-level error box: the `errorMessages` of a 400 (and field errors for fields the form does
// not show) in an error section message at the top of the dialog.
import SectionMessage from '@atlaskit/section-message';

export function FormErrors({ messages }: { readonly messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <div className="lb-form-errors" data-testid="form-errors">
      <SectionMessage appearance="error" title={messages.length === 1 ? undefined : 'We couldn’t save your changes'}>
        {messages.map((m) => (
          <p key={m}>{m}</p>
        ))}
      </SectionMessage>
    </div>
  );
}

/** Field errors for fields the form shows stay under those fields; the rest join the top messages. */
export function splitErrors(messages: readonly string[], fields: Readonly<Record<string, string>>, shown: readonly string[]): { top: string[]; byField: Record<string, string> } {
  const top = [...messages];
  const byField: Record<string, string> = {};
  for (const [id, message] of Object.entries(fields)) {
    if (shown.includes(id)) byField[id] = message;
    else top.push(message);
  }
  return { top, byField };
}
