// One labelled text input of the SLA section with the server's errors for its path right under it.
import { SectionField, type SectionFieldProps } from '../section-field';

export function SlaField(props: Omit<SectionFieldProps, 'helpClassName' | 'type'> & { readonly type?: 'text' | 'number' | 'date' }) {
  return <SectionField {...props} helpClassName="lb-sla-help" />;
}
