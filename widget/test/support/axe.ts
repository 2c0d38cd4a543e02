import axe from 'axe-core';
import type { Page } from 'playwright-core';

/**
 * axe-core's violations inside the widget (its host element and open shadow root) as it is now,
 * one line each with the elements concerned. The host page is not ours to judge.
 */
export async function widgetAxeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axe.source });
  return page.evaluate(async () => {
    const { run } = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await run({ include: [['livechat-oss-widget']] }, { resultTypes: ['violations'] });
    return result.violations.map(
      (violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  });
}
