// Issue property writes shared by the properties routes and create/edit (`properties` in the body):
// Jira's 32,768-character limit on the JSON value and 255 on the key.
import { badRequest } from '../http/errors';
import { isRecord } from '../http/json-body';
import type { IssueRecord } from '../store/issues-store';
import type { Site } from './site';

export const PROPERTY_VALUE_LIMIT = 32768;

export function validateProperty(key: string, jsonText: string): void {
  if (key.length > 255) throw badRequest('The property key cannot be longer than 255 characters.');
  if (jsonText.length > PROPERTY_VALUE_LIMIT) {
    throw badRequest(`The property value cannot be longer than ${PROPERTY_VALUE_LIMIT} characters.`);
  }
}

export function applyProperties(site: Site, issue: IssueRecord, raw: unknown): void {
  if (!Array.isArray(raw)) return;
  for (const entry of raw) {
    if (!isRecord(entry) || typeof entry.key !== 'string') continue;
    const text = JSON.stringify(entry.value ?? null);
    validateProperty(entry.key, text);
    site.properties.put(issue.id, entry.key, text);
  }
}
