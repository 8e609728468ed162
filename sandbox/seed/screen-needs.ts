// Fills what a transition screen requires. The default site needs only the resolution on "Resolve", but a
// site may mark more fields required (the app's "Error occurred at", a reopen reason): the seed asks the
// transition's screen once per transition, as a REST client would, and sends a fitting value for each.
import { formatJiraDate } from '../jira/format';
import { plainComment } from './adf-builders';
import type { JiraCaller } from './rest-client';
import type { IssueFacts } from './seed-calls';

type ScreenField = { readonly id: string; readonly schema: Readonly<Record<string, unknown>>; readonly allowed: readonly Readonly<Record<string, unknown>>[] };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export class ScreenNeeds {
  private readonly required = new Map<string, readonly ScreenField[]>();

  constructor(private readonly call: JiraCaller) {}

  /** The fields to send with `transitionId` on `key` beyond those the plan already sends. */
  async fill(key: string, transitionId: string, by: string, facts: IssueFacts, reason: string | undefined, given: Readonly<Record<string, unknown>>): Promise<Record<string, unknown>> {
    const fields = await this.requiredFields(key, transitionId, by);
    const out: Record<string, unknown> = {};
    for (const f of fields) {
      if (f.id in given) continue;
      const value = valueFor(f, by, facts, reason);
      if (value !== undefined) out[f.id] = value;
    }
    return out;
  }

  private async requiredFields(key: string, transitionId: string, by: string): Promise<readonly ScreenField[]> {
    const cached = this.required.get(transitionId);
    if (cached) return cached;
    const res = await this.call('GET', `/rest/api/3/issue/${key}/transitions?transitionId=${transitionId}&expand=transitions.fields`, by);
    const transition = isRecord(res) && Array.isArray(res.transitions) ? (res.transitions[0] as unknown) : undefined;
    const meta = isRecord(transition) && isRecord(transition.fields) ? transition.fields : {};
    const list = Object.entries(meta).filter(([, m]) => isRecord(m) && m.required === true).map(([id, m]) => {
      const rec = m as Record<string, unknown>;
      return { id, schema: isRecord(rec.schema) ? rec.schema : {}, allowed: Array.isArray(rec.allowedValues) ? rec.allowedValues.filter(isRecord) : [] };
    });
    this.required.set(transitionId, list);
    return list;
  }
}

function valueFor(f: ScreenField, by: string, facts: IssueFacts, reason: string | undefined): unknown {
  const custom = typeof f.schema.custom === 'string' ? f.schema.custom : '';
  const first = f.allowed[0];
  switch (f.schema.type) {
    case 'datetime': return formatJiraDate(facts.occurredAt);
    case 'date': return formatJiraDate(facts.occurredAt).slice(0, 10);
    case 'number': return 1;
    case 'user': return { accountId: by };
    case 'resolution': return { name: 'Done' };
    case 'option': return first ? { id: first.id } : undefined;
    case 'array': return f.schema.items === 'option' ? (first ? [{ id: first.id }] : undefined) : f.schema.items === 'string' ? ['demo'] : undefined;
    case 'string':
      if (f.id === 'description') return facts.description;
      if (custom.endsWith(':textarea')) return plainComment(reason ?? 'See the description.');
      return (reason ?? 'See the description.').slice(0, 255);
    default: return undefined; // priority, issuetype and the like always have a value already
  }
}
