import type { Page } from 'playwright-core';
import { connectSocket, graphqlRequest, settle } from '../../../api/test/support/test-app';
import type { Agent } from '../support/agent';
import { embeddingPage } from '../support/page-server';
import { openVisitor, startHarness, type Harness, type VisitorTab } from '../support/harness';
import { poll } from '../support/poll';

// How the widget lives on pages we do not control: their CSS, their config, their globals.

let h: Harness;
/** ONLINE: without an agent who takes new chats, the widget offers the offline form instead of the chat. */
let desk: Agent;
const tabs: VisitorTab[] = [];

beforeAll(async () => {
  h = await startHarness();
  desk = await h.agent();
});

const setStatus = (agent: Agent, status: 'ONLINE' | 'AWAY') =>
  graphqlRequest(h.api.httpUrl, 'mutation Status($status: AgentStatus!) { setMyStatus(status: $status) { id } }', { status }, agent.token);
afterEach(async () => {
  await setStatus(desk, 'ONLINE');
});
afterAll(async () => {
  await h?.close();
});
afterEach(async () => {
  await Promise.allSettled(tabs.splice(0).map((tab) => tab.context.close()));
});

async function visitor(options: Parameters<typeof openVisitor>[1] = {}): Promise<VisitorTab> {
  const tab = await openVisitor(h, options);
  tabs.push(tab);
  return tab;
}

const HOSTILE_CSS = `<style>
  * { all: unset !important; }
  html, body { display: block !important; }
  div, section, form, header, button, input, textarea, p, span, h2 { display: none !important; visibility: hidden !important; }
  html { font-size: 3px !important; color: lime !important; line-height: 40 !important; letter-spacing: 9px !important; direction: rtl !important; }
  body { transform: translateX(0) !important; filter: blur(0) !important; }
  :root { --p: lime; --ink: lime; }
  .launcher, .panel, .bubble { background: lime !important; position: static !important; }
</style>`;

// A page that swallows events on the way up and runs an AMD loader, as some real sites do.
const HOSTILE_SCRIPT = `
  window.define = function () { throw new Error('AMD define called'); };
  window.define.amd = {};
  ['click', 'keydown', 'input', 'submit'].forEach(function (type) {
    document.documentElement.addEventListener(type, function (event) { event.stopPropagation(); });
  });
`;

it("works on a hostile page: its CSS cannot break the widget, the widget's CSS stays inside, its config wins", async () => {
  const html = embeddingPage({
    config: h.config({
      widgetTitle: 'Layanan Kota Contoh',
      welcomeMessage: 'Hello from the host page config',
      primaryColor: '#c2185b',
      position: 'bottom-left',
      locale: 'en',
    }),
    head: `${HOSTILE_CSS}<script>${HOSTILE_SCRIPT}</script>`,
    body: '<main><div class="panel launcher bubble" id="host-div">host content</div><button class="launcher" id="host-button">host button</button></main>',
  });
  const { page, errors } = await visitor({ html });

  const launcher = page.getByRole('button', { name: 'Open chat' });
  await launcher.waitFor();
  const box = (await launcher.boundingBox())!;
  expect(box).toMatchObject({ width: 56, height: 56 });
  expect(box.x).toBe(20); // bottom-left, from the page's config
  expect(box.y + box.height).toBe(800 - 20);
  expect(await launcher.evaluate((button) => getComputedStyle(button).backgroundColor)).toBe('rgb(194, 24, 91)');

  await launcher.click();
  const panel = page.getByRole('dialog', { name: 'Layanan Kota Contoh' });
  await panel.waitFor();
  const panelBox = (await panel.boundingBox())!;
  expect(panelBox.width).toBe(370);
  expect(panelBox.x).toBe(20);
  const styles = await panel.evaluate((element) => {
    const style = getComputedStyle(element);
    const text = getComputedStyle(element.querySelector('.welcome')!);
    return { position: style.position, fontSize: text.fontSize, color: text.color, direction: text.direction, letterSpacing: text.letterSpacing };
  });
  expect(styles).toEqual({ position: 'fixed', fontSize: '14px', color: 'rgb(17, 24, 39)', direction: 'ltr', letterSpacing: 'normal' });
  expect(await panel.locator('.welcome').textContent()).toBe('Hello from the host page config');

  // English strings, and the form still works despite the page swallowing clicks, keys and input.
  await page.getByLabel(/^Name/).fill('Hostile Harry');
  await page.getByLabel(/^Name/).press('Enter');
  await page.getByRole('textbox', { name: 'Write a message' }).waitFor();
  await page.getByRole('textbox', { name: 'Write a message' }).fill('Hello despite it all');
  await page.keyboard.press('Enter');
  await poll(() => page.locator('[data-status]').last().textContent()).toBe('Sent');

  // Our classes (.panel, .launcher, .bubble) styled nothing of the page's own.
  const hostStyles = await page.evaluate(() =>
    ['host-div', 'host-button'].map((id) => {
      const style = getComputedStyle(document.getElementById(id)!);
      return { position: style.position, borderRadius: style.borderTopLeftRadius, boxShadow: style.boxShadow };
    }),
  );
  expect(hostStyles).toEqual([
    { position: 'static', borderRadius: '0px', boxShadow: 'none' },
    { position: 'static', borderRadius: '0px', boxShadow: 'none' },
  ]);
  expect(await page.evaluate(() => document.querySelectorAll('style, link[rel=stylesheet]').length)).toBe(1); // the page's own
  expect(errors).toEqual([]);
});

it('adds no globals but initLivechatOSSWidget, and loads no font or stylesheet from anywhere', async () => {
  const plain = `<!doctype html><html><body><script>window.LivechatOSSConfig = ${JSON.stringify(h.config())};</script></body></html>`;
  const bare = await visitor({ html: plain });
  const before = await globals(bare.page);
  const { page, errors } = await visitor();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.locator('.launcher').waitFor();
  await page.locator('.launcher').click();
  await page.getByLabel(/^Nama/).waitFor();
  await settle(300);
  const after = await globals(page);
  expect(after.filter((name) => !before.includes(name))).toEqual(['initLivechatOSSWidget']);
  expect(requests.filter((url) => !url.startsWith(h.api.httpUrl))).toEqual([]);
  expect(errors).toEqual([]);
});

const globals = (page: Page) => page.evaluate(() => Object.getOwnPropertyNames(window));

it('waits for initLivechatOSSWidget under data-manual-init="true", and makes one widget however often it is called', async () => {
  const html = embeddingPage({ config: h.config(), manualInit: true });
  const { page, errors } = await visitor({ html });
  await settle(500);
  expect(await page.locator('livechat-oss-widget').count()).toBe(0);
  expect(await page.evaluate(() => typeof (window as { initLivechatOSSWidget?: unknown }).initLivechatOSSWidget)).toBe('function');

  await page.evaluate(() => {
    const init = (window as unknown as { initLivechatOSSWidget: () => void }).initLivechatOSSWidget;
    init();
    init();
  });
  await page.locator('.launcher').waitFor();
  await page.evaluate(() => (window as unknown as { initLivechatOSSWidget: () => void }).initLivechatOSSWidget());
  expect(await page.locator('livechat-oss-widget').count()).toBe(1);
  expect(await page.locator('.launcher').count()).toBe(1);
  await page.locator('.launcher').click();
  await page.getByLabel(/^Nama/).waitFor();
  expect(errors).toEqual([]);
});

it('is usable by keyboard alone: Tab reaches everything, Esc closes and focus returns to the launcher', async () => {
  const html = embeddingPage({ config: h.config(), body: '<a href="#top" id="first">First link</a>' });
  const { page, errors } = await visitor({ html });
  await page.locator('.launcher').waitFor();
  await page.locator('#first').focus();
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('Buka obrolan');
  await page.keyboard.press('Enter');
  await poll(() => focused(page)).toBe('Nama (wajib)');
  const order: string[] = [];
  for (let i = 0; i < 4; i += 1) {
    await page.keyboard.press('Tab');
    order.push(await focused(page));
  }
  // After the form comes the launcher (now a close button); the header's close button is before it.
  expect(order).toEqual(['Email (opsional)', 'Telepon (opsional)', 'Mulai obrolan', 'Tutup obrolan']);
  expect(await page.evaluate(() => document.querySelector('livechat-oss-widget')!.shadowRoot!.activeElement!.className)).toBe('launcher');
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('Shift+Tab');
  expect(await focused(page)).toBe('Nama (wajib)');
  await page.keyboard.press('Shift+Tab');
  expect(await focused(page)).toBe('Tutup obrolan');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Budi');
  expect(await page.getByLabel(/^Nama/).inputValue()).toBe('Budi');
  await page.keyboard.press('Escape');
  expect(await page.locator('.panel').isHidden()).toBe(true);
  expect(await focused(page)).toBe('Buka obrolan');
  expect(errors).toEqual([]);
});

/** The accessible name of what has focus inside the widget's shadow root. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.querySelector('livechat-oss-widget')?.shadowRoot?.activeElement as HTMLElement | null;
    if (!active) return `outside: ${document.activeElement?.id ?? ''}`;
    const labelled = active.getAttribute('aria-label');
    if (labelled) return labelled;
    const label = active.id ? active.getRootNode() && (active.getRootNode() as ShadowRoot).querySelector(`label[for="${active.id}"]`) : null;
    return (label?.textContent ?? active.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

it('fills the screen on mobile widths', async () => {
  const { page, errors } = await visitor({ viewport: { width: 375, height: 667 } });
  await page.locator('.launcher').click();
  const box = (await page.locator('.panel').boundingBox())!;
  expect(box).toEqual({ x: 0, y: 0, width: 375, height: 667 });
  await page.getByRole('button', { name: 'Tutup obrolan' }).first().click();
  expect(await page.locator('.panel').isHidden()).toBe(true);
  expect(errors).toEqual([]);
});

it("shows the server's online state, and the server's settings where the page sets none", async () => {
  await setStatus(desk, 'AWAY');
  const { page, errors } = await visitor({ config: { apiUrl: new URL(h.api.httpUrl).origin } });
  await page.locator('.launcher').click();
  await poll(() => page.locator('.presence').textContent()).toBe('Offline · Tinggalkan pesan, kami akan membalas');
  expect(await page.locator('#lc-title').textContent()).toBe('Bantuan OSS Perizinan');
  // The server's #3B82F6, as it is: dark text reaches AA on it (see the contrast test).
  expect(await page.locator('.launcher').evaluate((button) => getComputedStyle(button).backgroundColor)).toBe('rgb(59, 130, 246)');

  await setStatus(desk, 'ONLINE');
  await page.keyboard.press('Escape');
  await page.locator('.launcher').click();
  await poll(() => page.locator('.presence').textContent()).toBe('Online · Tim kami siap membantu');
  expect(errors).toEqual([]);
});
