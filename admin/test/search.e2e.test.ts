import { graphqlRequest } from '../../api/test/support/test-app';
import { axeViolations } from './support/axe';
import { eventually, signIn, startConsoleHarness, type ConsoleHarness } from './support/harness';
import { Visitor } from './support/visitor';

const SendNote = 'mutation SendNote($input: SendMessageInput!) { sendMessage(input: $input) { id } }';

let harness: ConsoleHarness;
const visitors: Visitor[] = [];
beforeAll(async () => {
  harness = await startConsoleHarness();
});
afterAll(async () => {
  for (const visitor of visitors) await visitor.leave();
  await harness?.close();
});

async function arrive(name: string, firstMessage: string) {
  const visitor = await Visitor.arrive(harness.api, name, { firstMessage });
  visitors.push(visitor);
  return visitor;
}

describe('the message search page', () => {
  it('finds "perizinan" for "izin", marks the matches, shows HTML-looking text as text, and tags notes', async () => {
    const rina = await arrive('Rina Wulandari', 'Bagaimana proses perizinan usaha restoran?');
    const tricky = 'Izin saya ditolak: &lt;b&gt; x < y & "z" <img src=x onerror="window.__searchInjected = 1" <script>window.__searchInjected = 2</script';
    const budi = await arrive('Budi Hartono', tricky);
    const noted = await graphqlRequest(
      harness.api.httpUrl,
      SendNote,
      { input: { sessionId: rina.sessionId, text: 'Cek izin lokasi pelanggan ini', internal: true } },
      await harness.adminToken(),
    );
    expect(noted.errors).toBeUndefined();

    const { page, errors } = await harness.open();
    await signIn(page);
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Cari pesan' }).click();
    await page.getByRole('heading', { name: 'Cari pesan', level: 1 }).waitFor();
    await page.getByText('Ketik satu kata atau lebih').waitFor();
    await page.getByRole('searchbox', { name: 'Kata yang dicari' }).fill('izin');

    const results = page.getByRole('region', { name: 'Hasil pencarian' });
    await results.getByText('3 pesan ditemukan').waitFor();
    const rows = results.locator('li.search-result');
    const shown = await rows.evaluateAll((items) =>
      items.map((item) => ({
        name: item.querySelector('.row-name')?.textContent,
        marks: [...item.querySelectorAll('mark')].map((mark) => mark.textContent),
        text: item.querySelector('.search-result-text')?.textContent,
        note: item.querySelector('.note-tag')?.textContent ?? null,
        href: item.querySelector('a')?.getAttribute('href'),
      })),
    );
    expect(shown).toHaveLength(3);
    const byText = (part: string) => shown.find((row) => row.text?.includes(part));
    expect(byText('perizinan')).toMatchObject({ name: 'Rina Wulandari', marks: ['perizinan'], note: null });
    expect(byText('izin lokasi')).toMatchObject({ name: 'Rina Wulandari', marks: ['izin'], note: 'Catatan internal' });
    // PostgreSQL's excerpt leaves out what it parses as a whole tag (`<script>`); the rest is shown as written.
    expect(byText('ditolak')).toMatchObject({ name: 'Budi Hartono', marks: ['Izin'], note: null });
    for (const written of ['&lt;b&gt;', 'x < y & "z"', '<img src=x onerror="window.__searchInjected = 1"', '</script']) {
      expect(byText('ditolak')!.text).toContain(written);
    }
    expect(byText('ditolak')!.href).toMatch(new RegExp(`^#/inbox/waiting/${budi.sessionId}\\?m=\\d+$`));
    expect(await rows.first().locator('.status-badge').textContent()).toBe('Menunggu');
    // The text stayed text: nothing of it became an element or ran.
    expect(await results.locator('script, img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __searchInjected?: number }).__searchInjected)).toBeUndefined();
    expect({ violations: await axeViolations(page) }).toEqual({ violations: [] });

    await page.getByRole('searchbox', { name: 'Kata yang dicari' }).fill('kucing');
    await results.getByText('Tidak ada pesan yang cocok dengan "kucing".').waitFor();
    expect(await rows.count()).toBe(0);
    // The search is in the address: a reload shows it again.
    await page.reload();
    expect(await page.getByRole('searchbox', { name: 'Kata yang dicari' }).inputValue()).toBe('kucing');
    await results.getByText('Tidak ada pesan yang cocok').waitFor();
    expect(errors).toEqual([]);
  });

  it('pages with "Muat lebih banyak", and a hit older than the chat\'s first page opens the chat scrolled to it, highlighted', async () => {
    const sari = await arrive('Sari Kusuma', 'Halo, saya mau tanya soal berkas.');
    const target = await sari.say('Sertifikat halal untuk katering saya kapan terbit?');
    for (let n = 1; n <= 44; n += 1) await sari.say(`Berkas nomor ${n} sudah saya unggah.`);

    const { page, errors } = await harness.open();
    await signIn(page);
    await page.goto(`${harness.console.url}#/search`);
    const box = page.getByRole('searchbox', { name: 'Kata yang dicari' });
    const results = page.getByRole('region', { name: 'Hasil pencarian' });
    const rows = results.locator('li.search-result');
    const more = results.getByRole('button', { name: 'Muat lebih banyak' });

    await box.fill('berkas');
    await results.getByText('45 pesan ditemukan').waitFor();
    expect(await rows.count()).toBe(20);
    await more.click();
    await eventually(async () => expect(await rows.count()).toBe(40));
    await more.click();
    await eventually(async () => expect(await rows.count()).toBe(45));
    expect(await more.count()).toBe(0);
    const ids = await rows.evaluateAll((items) => items.map((item) => item.getAttribute('data-message-id')));
    expect(new Set(ids).size).toBe(45);

    await box.fill('halal');
    await results.getByText('1 pesan ditemukan').waitFor();
    await rows.getByRole('link').click();
    await page.waitForURL(new RegExp(`#/inbox/waiting/${sari.sessionId}\\?m=${target}$`));

    const log = page.getByRole('log', { name: 'Riwayat pesan' });
    const bubble = log.locator('li.bubble', { hasText: 'Sertifikat halal untuk katering saya kapan terbit?' });
    await bubble.waitFor();
    // It was outside the first page of 30: the view read older pages to reach it.
    expect(await log.locator('li.bubble').count()).toBeGreaterThan(30);
    await eventually(async () => {
      expect(await bubble.getAttribute('data-found')).toBe('');
      const visible = await bubble.evaluate((element) => {
        const box = element.getBoundingClientRect();
        const view = element.closest('.messages')!.getBoundingClientRect();
        return box.top >= view.top && box.bottom <= view.bottom;
      });
      expect(visible).toBe(true);
    });
    expect({ violations: await axeViolations(page) }).toEqual({ violations: [] });
    expect(errors).toEqual([]);
  });

  it('says when the search cannot reach the server, and "Coba lagi" searches again', async () => {
    await arrive('Wulan Sari', 'Nomor NPWP saya ditolak saat pendaftaran');
    const { page, errors } = await harness.open();
    await signIn(page);
    let refused = 0;
    await page.route(harness.api.httpUrl, async (route) => {
      if (!(route.request().postData() ?? '').includes('query SearchMessages')) return route.continue();
      refused += 1;
      return route.abort('connectionreset');
    });
    await page.goto(`${harness.console.url}#/search?q=NPWP`);
    const results = page.getByRole('region', { name: 'Hasil pencarian' });
    await results.getByRole('alert').getByText('Tidak dapat menghubungi server').waitFor();
    expect(refused).toBeGreaterThan(0);

    await page.unroute(harness.api.httpUrl);
    await results.getByRole('button', { name: 'Coba lagi' }).click();
    await results.getByText('1 pesan ditemukan').waitFor();
    expect(await results.locator('li.search-result mark').allTextContents()).toEqual(['NPWP']);
    expect(await results.getByRole('alert').count()).toBe(0);
    expect(errors.filter((error) => !error.includes('ERR_CONNECTION_RESET'))).toEqual([]);
  });
});
