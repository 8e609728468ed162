// Atlaskit design-token CSS for light and dark, built once at start: what Jira injects into a Custom
// UI frame when the app calls `view.theme.enable()`. Served at /__host/theme/<light|dark>.css.
import getThemeStyles from '@atlaskit/tokens/get-theme-styles';

export type ThemeMode = 'light' | 'dark';

const cache = new Map<ThemeMode, string>();

export async function themeCss(mode: ThemeMode): Promise<string> {
  const hit = cache.get(mode);
  if (hit !== undefined) return hit;
  const sheets = await getThemeStyles({ colorMode: mode });
  const css = sheets.map((s) => s.css).join('\n');
  cache.set(mode, css);
  return css;
}
