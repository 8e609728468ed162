// What the shell answers when a frame's @forge/bridge or @forge/jira-bridge calls a UI command
// (everything except getContext/enableTheming/invoke/fetchProduct, which the bridge file handles).
// Mirrors Jira's behaviour per command; an unknown command rejects with a message naming it.
import { asArray, asRecord, asString } from '../json';
import { navigate, paths } from '../router';
import { emit, subscribe } from './event-bus';
import { createFrameHistory } from './frame-history';
import type { FrameEntry } from './frame-registry';
import { refreshIssueView } from './issue-refresh';
import { pathForTarget } from './navigation';
import { openTelegramLink } from '../telegram/telegram-link-route';
import { closeFlag, nextOverlayId, openAppModal, openCreate, showFlag, type FlagType } from './overlays';

const FLAG_TYPES: readonly FlagType[] = ['info', 'success', 'warning', 'error'];

function flagFrom(p: Record<string, unknown>): Parameters<typeof showFlag>[0] {
  const appearance = FLAG_TYPES.find((t) => t === p.appearance);
  const type = appearance ?? FLAG_TYPES.find((t) => t === p.type) ?? 'info';
  const actions = asArray(p.actions).map((a) => {
    const r = asRecord(a);
    return { text: asString(r.text), onClick: typeof r.onClick === 'function' ? (r.onClick as () => void) : () => undefined };
  });
  return { id: asString(p.id), title: asString(p.title), description: asString(p.description) || undefined, type, bold: appearance !== undefined, actions, isAutoDismiss: p.isAutoDismiss === true };
}

function urlFor(payload: Record<string, unknown>): string | null {
  if (typeof payload.url === 'string') return payload.url;
  return pathForTarget(payload);
}

export async function runCommand(frame: FrameEntry, command: string, payload: unknown): Promise<unknown> {
  const p = asRecord(payload);
  switch (command) {
    case 'submit':
      return frame.handlers.submit ? frame.handlers.submit(payload) : false;
    case 'close':
      return frame.handlers.close ? frame.handlers.close(payload) : false;
    case 'onClose':
      return frame.handlers.close !== undefined;
    case 'open':
      return false;
    case 'refresh':
      if (frame.handlers.refresh) return frame.handlers.refresh(payload);
      frame.reload();
      return true;
    case 'emit':
    case 'emitPublic':
      emit(frame.id, command === 'emit' ? 'app' : 'public', asString(p.event), p.payload);
      return undefined;
    case 'on':
    case 'onPublic':
      if (typeof p.callback !== 'function') throw new Error('events.on needs a callback');
      return subscribe(frame.id, command === 'on' ? 'app' : 'public', asString(p.event), p.callback as (x: unknown) => unknown);
    case 'showFlag':
      showFlag(flagFrom(p));
      return undefined;
    case 'closeFlag':
      return closeFlag(asString(p.id));
    case 'openModal': {
      const resource = typeof p.resource === 'string' && p.resource !== '' ? p.resource : frame.resource;
      const onClose = typeof p.onClose === 'function' ? (p.onClose as (x: unknown) => void) : () => undefined;
      openAppModal({
        id: nextOverlayId('modal'), opener: frame, resource, size: p.size ?? 'medium', context: p.context ?? {}, title: asString(p.title),
        closeOnEscape: p.closeOnEscape !== false, closeOnOverlayClick: p.closeOnOverlayClick !== false, onClose,
      });
      return true;
    }
    case 'openIssueCreateModal': {
      const data = asRecord(p.data);
      openCreate(asRecord(data.context), typeof data.onClose === 'function' ? (data.onClose as (x: { payload: { issueId: string }[] }) => void) : undefined);
      return true;
    }
    case 'openIssueViewModal':
      navigate(paths.issue(asString(asRecord(asRecord(p.data).context).issueKey)));
      return true;
    case 'refreshIssueView':
      refreshIssueView();
      return true;
    case 'navigate': {
      const url = urlFor(p);
      if (!url) throw new Error(`This local Jira has no page for ${JSON.stringify(payload)}`);
      if (p.type === 'new-tab') window.open(url, '_blank', 'noopener');
      else navigate(url);
      return undefined;
    }
    case 'getUrl': {
      const path = pathForTarget(p);
      return path ? new URL(path, location.origin).href : null;
    }
    case 'reload':
      location.reload();
      return undefined;
    case 'changeWindowTitle':
      document.title = asString(payload);
      return undefined;
    case 'createHistory':
      return createFrameHistory(frame);
    case 'getUiModificationsInternalAPI':
      if (!frame.handlers.uiModifications) throw new Error('UI modifications run only in the create and transition dialogs');
      return frame.handlers.uiModifications;
    case 'isRovoEnabled':
      return false;
    case 'getCookieConsentPreferences':
      return null;
    case 'emitReadyEvent':
    case 'emitFrontendCustomMetric':
      return undefined;
    case '__telegramLink':
      // Sandbox only (forge-bridge-host.js): a t.me link to the stand-in's bot opens the Telegram pane.
      return openTelegramLink(asString(p.url));
    case '__frameError':
      frame.reportError(asString(p.message, 'Unknown error'));
      return undefined;
    default:
      throw new Error(`The local Jira host does not support the bridge command '${command}'`);
  }
}
