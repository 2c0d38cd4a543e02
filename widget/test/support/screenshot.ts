import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

/** A PNG of what the visitor sees, under test/screenshots/ (git-ignored), to look at by eye. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const directory = path.join(__dirname, '..', 'screenshots');
  mkdirSync(directory, { recursive: true });
  const file = path.join(directory, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
