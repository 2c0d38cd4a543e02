import { queryRows } from '../../../api/test/support/database';
import { graphqlRequest } from '../../../api/test/support/test-app';
import { identityHash } from '../../../api/src/modules/customer/identity';
import { firstMessage } from '../support/actors';
import { widgetAxeViolations } from '../support/axe';
import { bubbles, composer, startChatting, useHarness } from '../support/harness';
import { poll } from '../support/poll';

// The host site's signed-in user, the desk that chats only with such users, and a blocked visitor.

const SECRET = 'identity-secret-of-the-host-site-0123456789';
const suite = useHarness({ IDENTITY_SECRET: SECRET });
const openChat = (page: import('playwright-core').Page) => page.getByRole('button', { name: 'Buka obrolan' }).click();
const signedIn = (externalId: string, name: string) => ({ externalId, name, email: `${externalId}@contoh.id`, hash: identityHash(SECRET, externalId) });

const customersOf = (externalId: string) =>
  queryRows<{ id: string; name: string; verified: boolean }>(suite.h.db.url, 'select id, name, verified from customer where external_id = $1', [externalId]);

const setIdentityRequired = (required: boolean) =>
  graphqlRequest(suite.h.api.httpUrl, 'mutation Required($required: Boolean!) { updateSettings(input: { identityRequired: $required }) { identityRequired } }', { required }, suite.admin.token);

it("skips the form for the page's signed-in user, who is one verified customer on two devices", async () => {
  const identity = signedIn('user-501', 'Rina Wati');
  const laptop = await suite.visitor({ config: suite.h.config({ identity }) });
  await openChat(laptop.page);
  await composer(laptop.page).waitFor();
  expect(await laptop.page.getByLabel(/^Nama/).count()).toBe(0);
  expect(await widgetAxeViolations(laptop.page)).toEqual([]);
  const sessionId = await firstMessage(suite.admin, laptop.page, 'Rina Wati', 'Halo dari laptop');
  expect(await customersOf('user-501')).toEqual([{ id: expect.any(String), name: 'Rina Wati', verified: true }]);

  const phone = await suite.visitor({ config: suite.h.config({ identity: { ...identity, name: 'Rina W.' } }) });
  await openChat(phone.page);
  await composer(phone.page).waitFor();
  await poll(() => customersOf('user-501')).toEqual([{ id: expect.any(String), name: 'Rina W.', verified: true }]);
  const owners = await queryRows<{ customer_id: string }>(suite.h.db.url, 'select customer_id from chat_session where id = $1', [sessionId]);
  expect(owners[0]!.customer_id).toBe((await customersOf('user-501'))[0]!.id);
  expect([...laptop.errors, ...phone.errors]).toEqual([]);
});

it("shows the page's sign-in prompt instead of the form while the desk chats only with signed-in users", async () => {
  await setIdentityRequired(true);
  try {
    const own = await suite.visitor({ config: suite.h.config() });
    await openChat(own.page);
    await own.page.getByText('Silakan masuk ke akun Anda untuk memulai obrolan.').waitFor();
    expect(await own.page.getByLabel(/^Nama/).count()).toBe(0);
    expect(await widgetAxeViolations(own.page)).toEqual([]);

    const custom = await suite.visitor({ config: suite.h.config({ identityPrompt: 'Masuk ke akun OSS Anda untuk bertanya.' }) });
    await openChat(custom.page);
    await custom.page.getByText('Masuk ke akun OSS Anda untuk bertanya.').waitFor();

    // A signed-in user still chats.
    const member = await suite.visitor({ config: suite.h.config({ identity: signedIn('user-502', 'Joko Susilo') }) });
    await openChat(member.page);
    await firstMessage(suite.admin, member.page, 'Joko Susilo', 'Saya sudah masuk');
  } finally {
    await setIdentityRequired(false);
  }
});

it('tells a blocked visitor politely that the chat is unavailable, with no composer, even after a reload', async () => {
  const { page, errors } = await suite.visitor();
  await startChatting(page, { name: 'Tamu Kasar' });
  const sessionId = await firstMessage(suite.admin, page, 'Tamu Kasar', 'Halo');
  await suite.admin.send(sessionId, 'Ada yang bisa kami bantu?');
  await bubbles(page, 'admin').filter({ hasText: 'Ada yang bisa kami bantu?' }).waitFor();
  const [{ customer_id: customerId }] = (await queryRows<{ customer_id: string }>(suite.h.db.url, 'select customer_id from chat_session where id = $1', [sessionId])) as [{ customer_id: string }];

  const blocked = await graphqlRequest(suite.h.api.httpUrl, 'mutation Block($id: ID!) { blockCustomer(id: $id, reason: "kasar") { blocked } }', { id: customerId }, suite.admin.token);
  expect(blocked.data).toEqual({ blockCustomer: { blocked: true } });

  // Its open socket closes with 4403: the widget says so without the visitor doing anything.
  await page.getByText('Maaf, obrolan tidak tersedia untuk Anda.').waitFor();
  expect(await composer(page).count()).toBe(0);
  expect(await widgetAxeViolations(page)).toEqual([]);

  await page.reload();
  // A panel left open before the reload may be shown again by itself.
  const launcher = page.locator('.launcher');
  await launcher.waitFor();
  if ((await launcher.getAttribute('aria-expanded')) !== 'true') await launcher.click();
  await page.getByText('Maaf, obrolan tidak tersedia untuk Anda.').waitFor();
  expect(await composer(page).count()).toBe(0);
  expect(await page.getByLabel(/^Nama/).count()).toBe(0);
  const customers = await queryRows<{ n: number }>(suite.h.db.url, "select count(*)::int as n from customer where name = 'Tamu Kasar'", []);
  expect(customers[0]!.n).toBe(1);
  expect(errors.filter((error) => !/403|Forbidden/i.test(error))).toEqual([]);
});
