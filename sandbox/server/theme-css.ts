// Atlaskit design-token CSS for light and dark, built once at start: what Jira injects into a Custom
// UI frame when the app calls `view.theme.enable()`. Served at /__host/theme/<light|dark>.css.
import getThemeStyles from '@atlaskit/tokens/get-theme-styles';

export type ThemeMode = 'light' | 'dark';

const cache = new Map<ThemeMode, string>();

export async function themeCss(mode: ThemeMode): Promise<string> {
  const hit = cache.get(mode);
  if (hit !== undefined) return hit;
  const sheets = await withoutFeatureGateNoise(() => getThemeStyles({ colorMode: mode }));
  const css = sheets.map((s) => s.css).join('\n');
  cache.set(mode, css);
  return css;
}

/**
 * Atlaskit asks its feature-gate client (never initialised outside Atlassian's products) and logs one
 * warning object about it; the answer is the default either way, so that single warning is dropped.
 */
async function withoutFeatureGateNoise<T>(fn: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    const first = args[0] as { msg?: unknown } | undefined;
    if (typeof first?.msg === 'string' && first.msg.includes('checking the feature gate')) return;
    warn(...args);
  };
  try {
    return await fn();
  } finally {
    console.warn = warn;
  }
}
