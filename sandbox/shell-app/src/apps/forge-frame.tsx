// One Custom UI module in an iframe, as Jira hosts it: the resource's index.html with a frame id, a
// context from the signed-in user and the module's extension data, a spinner while it loads, height
// following its content, and Jira's error state when it cannot show. Used by every app surface.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import Spinner from '@atlaskit/spinner';
import { buildContext } from '../host/frame-context';
import { newFrameId, registerFrame, type FrameEntry, type FrameHandlers } from '../host/frame-registry';
import type { Json } from '../json';
import { useSession } from '../session';
import type { ShellModule } from '../types';
import { FrameError } from './frame-error';
import { hasRenderedContent, watchSize } from './frame-size';

export type ForgeFrameProps = {
  readonly module: ShellModule;
  readonly resource?: string;
  readonly extension: Json;
  readonly handlers?: FrameHandlers;
  readonly issueId?: string;
  readonly basePath?: string;
  /** `fill`: at least `minHeight` tall (pages); `auto`: as tall as the content (panels, gadgets). */
  readonly sizing?: 'auto' | 'fill';
  readonly minHeight?: number;
  readonly hidden?: boolean;
};

const NO_CONTENT_AFTER_MS = 30_000; // the resolver limit (25 s) plus rendering time

type Phase = { readonly kind: 'loading' | 'ready' } | { readonly kind: 'error'; readonly detail: string };

export function ForgeFrame({ module, resource = module.resource ?? '', extension, handlers, issueId, basePath, sizing = 'auto', minHeight = 80, hidden }: ForgeFrameProps) {
  const { status, user, theme } = useSession();
  const [generation, setGeneration] = useState(0);
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [height, setHeight] = useState(minHeight);
  const iframeRef = useRef<HTMLIFrameElement>(null);
  const extensionKey = JSON.stringify(extension);
  // A new frame (as Jira re-renders a module) when the module, the person, the extension data or a reload asks for it.
  const frameId = useMemo(() => newFrameId(module.key), [module.key, user.accountId, extensionKey, generation, resource]);
  const context = buildContext({ status, user, theme, module, extension });
  const entryRef = useRef<FrameEntry | null>(null);
  if (entryRef.current) {
    entryRef.current.context = context;
    entryRef.current.handlers = handlers ?? {};
  }

  useLayoutEffect(() => {
    setPhase({ kind: 'loading' });
    const entry: FrameEntry = {
      id: frameId, moduleKey: module.key, resource, context, handlers: handlers ?? {}, issueId, basePath,
      reload: () => setGeneration((g) => g + 1),
      reportError: (message) => {
        const doc = iframeRef.current?.contentDocument;
        if (!doc || !hasRenderedContent(doc)) setPhase({ kind: 'error', detail: `The app stopped with an error: ${message}` });
      },
      iframe: () => iframeRef.current,
    };
    entryRef.current = entry;
    return registerFrame(entry);
  }, [frameId]);

  useEffect(() => {
    const timer = setTimeout(() => {
      const doc = iframeRef.current?.contentDocument;
      if (doc && !hasRenderedContent(doc)) setPhase({ kind: 'error', detail: 'It did not respond in time.' });
    }, NO_CONTENT_AFTER_MS);
    return () => clearTimeout(timer);
  }, [frameId]);

  const disposeRef = useRef<(() => void) | null>(null);
  useEffect(() => () => disposeRef.current?.(), [frameId]);

  const onLoad = (): void => {
    const doc = iframeRef.current?.contentDocument;
    if (!doc || !doc.contentType.includes('html')) {
      setPhase({ kind: 'error', detail: `Its resource '${resource}' is not available (is it built?).` });
      return;
    }
    setPhase((p) => (p.kind === 'error' ? p : { kind: 'ready' }));
    disposeRef.current?.();
    disposeRef.current = watchSize(doc, (h) => setHeight(Math.max(sizing === 'fill' ? minHeight : 24, h)));
  };

  const src = `/resources/${encodeURIComponent(resource)}/index.html?frame=${encodeURIComponent(frameId)}`;
  return (
    <div className="lb-frame" hidden={hidden} data-testid="forge-frame" data-module-key={module.key} data-frame-id={frameId} data-phase={phase.kind}>
      {phase.kind === 'loading' && (
        <div className="lb-frame-spinner">
          <Spinner size="medium" label={`Loading ${module.title}`} />
        </div>
      )}
      {phase.kind === 'error' ? (
        <FrameError title={module.title} detail={phase.detail} onRetry={() => setGeneration((g) => g + 1)} />
      ) : (
        <iframe key={frameId} ref={iframeRef} src={src} title={module.title} onLoad={onLoad} style={{ height: phase.kind === 'loading' ? 0 : height }} />
      )}
    </div>
  );
}
