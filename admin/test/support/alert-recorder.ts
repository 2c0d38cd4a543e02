import type { BrowserContext, Page } from 'playwright-core';

export interface RecordedAlerts {
  chimes: number;
  notifications: { title: string; body: string }[];
}

/**
 * Records the chime (each AudioContext the console makes) and the desktop notifications
 * instead of playing and showing them. Takes effect from the next page load.
 */
export async function recordAlerts(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const record = window as unknown as { alerts: RecordedAlerts };
    record.alerts = { chimes: 0, notifications: [] };
    class FakeNotification {
      static permission = 'granted';
      static requestPermission = async () => 'granted';
      onclick: (() => void) | null = null;
      constructor(title: string, options: { body: string }) {
        record.alerts.notifications.push({ title, body: options.body });
      }
      close() {}
    }
    Object.assign(window, { Notification: FakeNotification });
    const RealAudioContext = window.AudioContext;
    window.AudioContext = class extends RealAudioContext {
      constructor() {
        super();
        record.alerts.chimes += 1;
      }
    };
  });
}

export const recordedAlerts = (page: Page): Promise<RecordedAlerts> =>
  page.evaluate(() => (window as unknown as { alerts: RecordedAlerts }).alerts);
