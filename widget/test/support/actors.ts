import type { Locator, Page } from 'playwright-core';
import { graphqlRequest, settle } from '../../../api/test/support/test-app';
import type { Agent, SessionEvent } from './agent';
import { composer, type Harness } from './harness';

// Visitors and what they see: the one in the widget, and those who wrote through the API alone.

/** The first user's topics: teams an admin shows in the widget. */
export const FIRST_USERS_TOPICS = ['NIB', 'Izin usaha', 'KBLI', 'Akun OSS'];

/** The queue indicator above the conversation: empty unless the chat waits with a known place. */
export const queueStatus = (page: Page) => page.locator('.queue');

/** The session of `name` that the agents hear of once `action` has run. */
export async function announcedAfter(agent: Agent, name: string, action: () => Promise<unknown>): Promise<string> {
  const sessions = agent.watchSessions();
  try {
    await settle(200);
    await action();
    const deadline = Date.now() + 10_000;
    for (;;) {
      const event = sessions.events.find((e: SessionEvent) => e.chatSessionUpdated.customer.name === name);
      if (event) return event.chatSessionUpdated.id;
      if (Date.now() > deadline) throw new Error(`no session announced for ${name}`);
      await settle(50);
    }
  } finally {
    sessions.stop();
  }
}

/** Writes the visitor's first message in the widget and returns the session it started. */
export function firstMessage(agent: Agent, page: Page, name: string, text: string): Promise<string> {
  return announcedAfter(agent, name, async () => {
    await composer(page).fill(text);
    await composer(page).press('Enter');
  });
}

/**
 * A visitor who starts a chat through the API alone, as another site's client would, in
 * `teamId`'s queue (or the one without a team).
 */
export async function chatFromApi(h: Harness, name: string, teamId: string | null, message = `Halo, saya ${name}`): Promise<string> {
  const registered = await graphqlRequest<{ registerCustomer: { token: string } }, unknown>(
    h.api.httpUrl,
    'mutation Register($input: RegisterCustomerInput!) { registerCustomer(input: $input) { token } }',
    { input: { name } },
  );
  const started = await graphqlRequest<{ startChatSession: { id: string } }, unknown>(
    h.api.httpUrl,
    'mutation Start($input: StartChatSessionInput) { startChatSession(input: $input) { id } }',
    { input: { message, ...(teamId ? { teamId } : {}) } },
    registered.data!.registerCustomer.token,
  );
  if (!started.data) throw new Error(`startChatSession failed: ${JSON.stringify(started.errors)}`);
  return started.data.startChatSession.id;
}

/** The text of the element that describes a field (its error), or null. */
export function describedBy(field: Locator): Promise<string | null | undefined> {
  return field.evaluate((element) => {
    const id = element.getAttribute('aria-describedby');
    return id ? (element.getRootNode() as ShadowRoot).getElementById(id)?.textContent : null;
  });
}

/** Whether `field` has the focus inside the widget's shadow root. */
export function hasFocus(field: Locator): Promise<boolean> {
  return field.evaluate((element) => element === (element.getRootNode() as ShadowRoot).activeElement);
}
