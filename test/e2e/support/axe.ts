// Runs axe-core inside one frame (or the page) and returns its serious and critical violations as short
// lines. axe is evaluated through the DevTools protocol, which Forge's CSP in the app frames allows.
import fs from 'node:fs';
import type { Frame } from 'playwright-core';

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] };

export async function seriousViolations(frame: Frame): Promise<string[]> {
  if (!(await frame.evaluate('typeof window.axe !== "undefined"'))) await frame.evaluate(AXE_SOURCE);
  const result = await frame.evaluate<{ violations: AxeViolation[] }>('window.axe.run(document, { resultTypes: ["violations"] })');
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(', ')})`);
}
