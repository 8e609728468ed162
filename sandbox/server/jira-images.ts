// The pictures Jira serves next to its REST API: user and project avatars, priority, status and issue
// type icons. The Jira stand-in's JSON points at these URLs; here they are drawn as small SVGs so the
// shell looks like Jira offline. Never reads request bodies; unknown names get a neutral icon.
import { SEED_USERS } from '../jira/seed-users';
import type { StaticResult } from './static-files';

const PALETTE = ['#0052CC', '#00875A', '#5243AA', '#FF5630', '#FF991F', '#00A3BF', '#6554C0'];

function svg(body: string, size = 24): StaticResult {
  const doc = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 24 24">${body}</svg>`;
  return { status: 200, headers: { 'content-type': 'image/svg+xml', 'cache-control': 'max-age=3600' }, body: doc };
}

function hash(text: string): number {
  let h = 0;
  for (const ch of text) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h;
}

const escapeXml = (s: string): string => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

function avatar(seed: string): StaticResult {
  const user = SEED_USERS.find((u) => u.accountId === seed);
  const name = user?.displayName ?? (seed.startsWith('project-') ? seed.slice('project-'.length) : 'LineBridge');
  const initials = name.split(/\s+/).map((w) => w[0] ?? '').join('').slice(0, 2).toUpperCase();
  const colour = PALETTE[hash(seed) % PALETTE.length] ?? '#0052CC';
  const shape = seed.startsWith('project-') ? '<rect width="24" height="24" rx="4"' : '<circle cx="12" cy="12" r="12"';
  return svg(`${shape} fill="${colour}"/><text x="12" y="16" font-family="Arial,sans-serif" font-size="10" font-weight="600" fill="#fff" text-anchor="middle">${escapeXml(initials)}</text>`);
}

const PRIORITY_ICONS: Readonly<Record<string, string>> = {
  critical: '<path d="M4 11l8-6 8 6M4 17l8-6 8 6" fill="none" stroke="#DE350B" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/>',
  high: '<path d="M5 15l7-7 7 7" fill="none" stroke="#FF5630" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/>',
  medium: '<path d="M5 9h14M5 15h14" stroke="#FFAB00" stroke-width="2.4" stroke-linecap="round"/>',
  low: '<path d="M5 9l7 7 7-7" fill="none" stroke="#0065FF" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/>',
};

const ISSUE_TYPE_ICONS: Readonly<Record<string, string>> = {
  '10303': '<rect width="24" height="24" rx="4" fill="#E5493A"/><circle cx="12" cy="12" r="5" fill="#fff"/>',
  '10318': '<rect width="24" height="24" rx="4" fill="#4BADE8"/><path d="M7 12.5l3.2 3L17 8.5" fill="none" stroke="#fff" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/>',
  '10320': '<rect width="24" height="24" rx="4" fill="#904EE2"/><text x="12" y="17" font-family="Arial,sans-serif" font-size="14" font-weight="700" fill="#fff" text-anchor="middle">?</text>',
};
const NEUTRAL = '<rect width="24" height="24" rx="4" fill="#8590A2"/>';

/** Answers `/images/...`, the issue-type avatar URL and the favicon, or undefined for any other path. */
export function jiraImage(path: string): StaticResult | undefined {
  if (path === '/favicon.ico') return svg('<rect width="24" height="24" rx="6" fill="#1868DB"/><path d="M7 7h10v10H7z" fill="#fff" opacity=".85"/>');
  const user = /^\/images\/avatars\/([^/]+)\.svg$/.exec(path);
  if (user) return avatar(decodeURIComponent(user[1] ?? ''));
  const priority = /^\/images\/icons\/priorities\/([a-z]+)\.svg$/.exec(path);
  if (priority) return svg(PRIORITY_ICONS[priority[1] ?? ''] ?? NEUTRAL);
  if (/^\/images\/icons\/statuses\/[\w-]+\.(png|svg)$/.test(path)) return svg('<circle cx="12" cy="12" r="6" fill="#8590A2"/>');
  const type = /^\/rest\/api\/2\/universal_avatar\/view\/type\/issuetype\/avatar\/(\d+)$/.exec(path);
  if (type) return svg(ISSUE_TYPE_ICONS[type[1] ?? ''] ?? NEUTRAL);
  return undefined;
}
