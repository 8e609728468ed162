// Light/dark for the shell page and for every frame that turned on Jira theming (view.theme.enable()):
// the same design-token CSS the host serves at /__host/theme/<mode>.css, switched live as Jira does.
import { allFrames } from './host/frame-registry';
import type { ThemeMode } from './types';

type FrameWindow = Window & { __forgeFrame?: { applyTheme: (mode: ThemeMode) => void } };

export function initialTheme(): ThemeMode {
  const fromUrl = new URLSearchParams(location.search).get('theme');
  if (fromUrl === 'light' || fromUrl === 'dark') return fromUrl;
  const saved = localStorage.getItem('lb.theme');
  if (saved === 'light' || saved === 'dark') return saved;
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function applyShellTheme(mode: ThemeMode): void {
  const root = document.documentElement;
  root.setAttribute('data-color-mode', mode);
  root.setAttribute('data-theme', `${mode}:${mode} light:light dark:dark spacing:spacing typography:typography shape:shape motion:motion`);
  const link = document.getElementById('shell-theme');
  if (link instanceof HTMLLinkElement) link.href = `/__host/theme/${mode}.css`;
  localStorage.setItem('lb.theme', mode);
  for (const frame of allFrames()) {
    frame.context = { ...frame.context, theme: { colorMode: mode } };
    const iframe = frame.iframe();
    const win: FrameWindow | null | undefined = iframe?.contentWindow;
    if (iframe?.contentDocument?.getElementById('forge-host-theme')) win?.__forgeFrame?.applyTheme(mode);
  }
}
