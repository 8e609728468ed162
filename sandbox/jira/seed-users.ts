// The people of the demo site: two line-1 agents, three line-2 engineers, a support lead and a Jira admin.
// Other seeds and the README import SEED_USERS; never put secrets or real addresses here.

export type SeedRole = 'line1' | 'line2' | 'lead' | 'admin';
export type SeedUser = {
  readonly accountId: string;
  readonly displayName: string;
  readonly email: string;
  readonly timeZone: string;
  readonly locale: string;
  readonly role: SeedRole;
};

export const SEED_USERS: readonly SeedUser[] = [
  { accountId: '5b10a2844c20165700ede21a', displayName: 'Anna Petrova', email: 'anna.petrova@linebridge.example', timeZone: 'Europe/Moscow', locale: 'ru_RU', role: 'line1' },
  { accountId: '5b10a2844c20165700ede21b', displayName: 'Ben Ortiz', email: 'ben.ortiz@linebridge.example', timeZone: 'America/New_York', locale: 'en_US', role: 'line1' },
  { accountId: '5c2e7f19a3b84d0071f0c3d4', displayName: 'Chen Wei', email: 'chen.wei@linebridge.example', timeZone: 'Asia/Shanghai', locale: 'en_US', role: 'line2' },
  { accountId: '5c2e7f19a3b84d0071f0c3d5', displayName: 'Dmitri Sokolov', email: 'dmitri.sokolov@linebridge.example', timeZone: 'Europe/Moscow', locale: 'ru_RU', role: 'line2' },
  { accountId: '5c2e7f19a3b84d0071f0c3d6', displayName: 'Eva Novak', email: 'eva.novak@linebridge.example', timeZone: 'Europe/Prague', locale: 'en_GB', role: 'line2' },
  { accountId: '5d8a3b6e1f2c4a0069e4b7f8', displayName: 'Farah Haddad', email: 'farah.haddad@linebridge.example', timeZone: 'Asia/Dubai', locale: 'en_GB', role: 'lead' },
  { accountId: '5e9b4c7f2a3d5b0058d5c8e9', displayName: 'Gustav Berg', email: 'gustav.berg@linebridge.example', timeZone: 'Europe/Stockholm', locale: 'en_US', role: 'admin' },
];

export const DEFAULT_APP_ACCOUNT_ID = '712020:5f3c9d1e-6a7b-4c2d-8e9f-0a1b2c3d4e5f';

export function seedUser(role: SeedRole, index = 0): SeedUser {
  const user = SEED_USERS.filter((u) => u.role === role)[index];
  if (!user) throw new Error(`no seed user with role ${role} #${index}`);
  return user;
}
