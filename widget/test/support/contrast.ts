import type { Page } from 'playwright-core';

// WCAG 2 contrast as the browser renders the widget: computed colours inside the shadow root,
// with the ratio worked out here rather than by the widget's own contrast.ts.

/** An element's text (or icon: currentColor) colour against the first opaque background behind it. */
export const textContrastOf = (page: Page, selector: string) => contrastOf(page, selector, 'color', 'self');

/** An element's border against the first opaque background outside it. */
export const borderContrastOf = (page: Page, selector: string) => contrastOf(page, selector, 'borderTopColor', 'parent');

/** A focused element's focus ring against what it is drawn on, outside the element (the ring has an offset). */
export async function focusRingContrastOf(page: Page, selector: string): Promise<number> {
  // Programmatic focus shows the ring (:focus-visible) once the last input was the keyboard.
  await page.keyboard.press('Shift');
  await page.locator(selector).first().focus();
  const shown = await page.locator(selector).first().evaluate((element) => getComputedStyle(element).outlineStyle !== 'none');
  if (!shown) throw new Error(`${selector} shows no focus ring`);
  return contrastOf(page, selector, 'outlineColor', 'parent');
}

async function contrastOf(page: Page, selector: string, property: 'color' | 'borderTopColor' | 'outlineColor', behind: 'self' | 'parent'): Promise<number> {
  const [foreground, background] = await page
    .locator(selector)
    .first()
    .evaluate(
      (element, [property, behind]) => {
        let node: Element | null = behind === 'self' ? element : element.parentElement;
        let fill = 'rgba(0, 0, 0, 0)';
        while (node && /rgba\(.*, 0\)$|transparent/.test(fill)) {
          fill = getComputedStyle(node).backgroundColor;
          node = node.parentElement;
        }
        return [getComputedStyle(element)[property as 'color'], fill];
      },
      [property, behind] as const,
    );
  const [high, low] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (high! + 0.05) / (low! + 0.05);
}

function luminance(css: string): number {
  const [r, g, b] = css
    .match(/\d+(\.\d+)?/g)!
    .slice(0, 3)
    .map(Number)
    .map((value) => {
      const c = value / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
