// Who is who for the support-lines facts: each person's display name and support role, from their Jira
// groups (GET /user?expand=groups, as the app) matched against the `general` settings' line-1, line-2 and
// lead groups. Cached in one KVS document for 6 hours per person, so a backfill asks Jira once per person.
import type { Clock, KeyValueStore } from '../../ports';
import type { LinesJiraPort } from '../../ports-lines';
import type { GeneralSettings } from '../../model/config/general';
import type { PersonRole } from '../../model/lines/raw-issue';
import { KEYS } from './lines-store';

const TTL_MS = 6 * 3_600_000;
const MAX_GROUPS = 50;

type Entry = { n: string; g: string[]; at: number };
type Doc = { v: number; people: Record<string, Entry> };

export function roleFromGroups(groups: readonly string[], general: Pick<GeneralSettings, 'line1Group' | 'line2Group' | 'leadGroup'>): PersonRole {
  if (groups.includes(general.line2Group)) return 'line2';
  if (groups.includes(general.line1Group)) return 'line1';
  if (groups.includes(general.leadGroup)) return 'lead';
  return 'other';
}

export class PeopleDirectory {
  private changed = false;

  private constructor(
    private readonly doc: Doc,
    private readonly general: GeneralSettings,
    private readonly deps: { store: KeyValueStore; jira: LinesJiraPort; clock: Clock },
  ) {}

  static async load(deps: { store: KeyValueStore; jira: LinesJiraPort; clock: Clock }, general: GeneralSettings): Promise<PeopleDirectory> {
    const doc = (await deps.store.get<Doc>(KEYS.directory)) ?? { v: 1, people: {} };
    return new PeopleDirectory(doc, general, deps);
  }

  /** Asks Jira about people not known or known for longer than the TTL. */
  async resolve(accountIds: Iterable<string | null>): Promise<void> {
    const now = this.deps.clock.now().getTime();
    const wanted = [...new Set([...accountIds].filter((id): id is string => typeof id === 'string' && id !== ''))];
    for (const id of wanted) {
      const known = this.doc.people[id];
      if (known && now - known.at < TTL_MS) continue;
      const person = await this.deps.jira.person(id);
      this.doc.people[id] = { n: person?.displayName ?? known?.n ?? id, g: (person?.groups ?? []).slice(0, MAX_GROUPS), at: now };
      this.changed = true;
    }
  }

  roleOf(accountId: string): PersonRole {
    const entry = this.doc.people[accountId];
    return entry ? roleFromGroups(entry.g, this.general) : 'other';
  }

  nameOf(accountId: string): string {
    return this.doc.people[accountId]?.n ?? accountId;
  }

  async save(): Promise<void> {
    if (!this.changed) return;
    await this.deps.store.set(KEYS.directory, this.doc);
    this.changed = false;
  }
}
