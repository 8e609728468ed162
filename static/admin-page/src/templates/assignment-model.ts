// The assignment block's working copy: lists edited as text, one entry per line, turned back into the
// section's `assignment` value on save. Malformed lines are sent as they are, so the server names them.
import { isRecord } from '@ui/result-guards';

export type EditStrategy = 'none' | 'roundRobin' | 'leastLoaded';
export type EditProjectRule = { readonly projectKey: string; readonly strategy: EditStrategy; readonly teamText: string; readonly clientMapText: string };
export type EditAssignment = { readonly projects: readonly EditProjectRule[]; readonly awayText: string };

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.filter(isRecord) : []);

export function toEditAssignment(sectionValue: unknown): EditAssignment {
  const a = isRecord(sectionValue) && isRecord(sectionValue.assignment) ? sectionValue.assignment : {};
  return {
    projects: list(a.projects).map((p) => ({
      projectKey: str(p.projectKey),
      strategy: p.strategy === 'roundRobin' || p.strategy === 'leastLoaded' ? p.strategy : 'none',
      teamText: (Array.isArray(p.team) ? p.team : []).map(str).join('\n'),
      clientMapText: list(p.clientMap).map((m) => `${str(m.clientId)} = ${str(m.accountId)}`).join('\n'),
    })),
    awayText: list(a.away).map((e) => `${str(e.accountId)}, ${str(e.from)}, ${str(e.to)}`).join('\n'),
  };
}

export function toAssignmentValue(edit: EditAssignment): Record<string, unknown> {
  return {
    projects: edit.projects.map((p) => ({
      projectKey: p.projectKey.trim().toUpperCase(),
      strategy: p.strategy,
      team: lines(p.teamText),
      clientMap: lines(p.clientMapText).map((l) => {
        const at = l.indexOf('=');
        return at < 0 ? { clientId: l, accountId: '' } : { clientId: l.slice(0, at).trim(), accountId: l.slice(at + 1).trim() };
      }),
    })),
    away: lines(edit.awayText).map((l) => {
      const [accountId = '', from = '', to = ''] = l.split(',').map((x) => x.trim());
      return { accountId, from, to };
    }),
  };
}

/** Server errors under a list path (`assignment.away`) as 1-based line numbers with their message key. */
export function lineErrors<K extends string>(errors: Readonly<Record<string, K>>, prefix: string): { line: number; key: K }[] {
  return Object.entries(errors).flatMap(([path, key]) => {
    const m = new RegExp(`^${prefix.replace(/\./g, '\\.')}\\.(\\d+)`).exec(path);
    return m ? [{ line: Number(m[1]) + 1, key }] : [];
  });
}

/** The line-2 group named in the general section (an empty team means its members); Jira's default name otherwise. */
export function line2GroupOf(generalValue: unknown): string {
  return isRecord(generalValue) && typeof generalValue.line2Group === 'string' && generalValue.line2Group.trim() !== '' ? generalValue.line2Group.trim() : 'support-line-2';
}

const ACCOUNT_ID = /^[A-Za-z0-9:_-]{1,128}$/;
/** The account ids of a list's lines worth asking Jira about (well-formed, unique, at most 50). */
export function accountIdsOf(text: string): string[] {
  return [...new Set(lines(text).filter((l) => ACCOUNT_ID.test(l)))].slice(0, 50);
}
