// One-time link codes: `XXXX-XXXX` from an alphabet without look-alikes (no 0/O, 1/I/L), about 40 bits,
// stored only as a SHA-256 of the normalized code (what an admin sees once is never stored or listed),
// valid 24 h (KVS expiry plus a checked `expiresAt`), consumed by create-if-absent so two `/link`s with
// one code cannot both bind.
import { nowMs } from '../deps';
import type { TelegramDeps } from '../deps';
import type { Hasher } from './ports';
import { INTAKE_KEYS, LINK_CODE_TTL_MS, type LinkCode } from './intake-model';

const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** Uppercase, look-alikes mapped, separators dropped: what people retype is still the code. */
export function normalizeCode(raw: string): string {
  return raw.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export function newCode(deps: Pick<TelegramDeps, 'random'>): string {
  const raw = deps.random.secret(16);
  let out = '';
  for (let i = 0; i < 8; i++) out += ALPHABET[(raw.charCodeAt(i) * 7 + i) % ALPHABET.length] ?? 'A';
  return `${out.slice(0, 4)}-${out.slice(4)}`;
}

const codeHash = (hash: Hasher, code: string): string => hash.sha256Hex(`linebridge-link:${normalizeCode(code)}`);

export async function storeCode(deps: TelegramDeps, hash: Hasher, code: string, record: LinkCode): Promise<void> {
  await deps.atomic.put(INTAKE_KEYS.code(codeHash(hash, code)), record, Math.ceil(LINK_CODE_TTL_MS / 1000));
}

/** The code's record, consumed (one-time); undefined when unknown, expired or already used. */
export async function consumeCode(deps: TelegramDeps, hash: Hasher, code: string): Promise<LinkCode | undefined> {
  if (!/^[A-Za-z0-9-\s]{4,20}$/.test(code)) return undefined;
  const digest = codeHash(hash, code);
  const record = await deps.store.get<LinkCode>(INTAKE_KEYS.code(digest));
  if (!record || record.expiresAt <= nowMs(deps)) return undefined;
  if (!(await deps.atomic.createIfAbsent(INTAKE_KEYS.codeUsed(digest), nowMs(deps), Math.ceil(LINK_CODE_TTL_MS / 1000)))) return undefined;
  await deps.store.delete(INTAKE_KEYS.code(digest));
  return record;
}
