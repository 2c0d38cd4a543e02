import { DatabaseSeeder } from '../../db/seeders/database.seeder';
import { graphql } from '../../../test/gql';
import { createAgent, loginAdmin, registerCustomer, type Actor, type StaffRole } from '../../../test/support/actors';
import { queryRows } from '../../../test/support/database';
import { errorCode, graphqlRequest, useTestApp } from '../../../test/support/test-app';

const ListCannedResponses = graphql(`
  query ListCannedResponses($search: String) {
    cannedResponses(search: $search) {
      id
      shortcut
      title
      text
    }
  }
`);

const CreateCannedResponse = graphql(`
  mutation CreateCannedResponse($input: CannedResponseInput!) {
    createCannedResponse(input: $input) {
      id
      shortcut
      title
      text
    }
  }
`);

const UpdateCannedResponse = graphql(`
  mutation UpdateCannedResponse($id: ID!, $input: CannedResponseInput!) {
    updateCannedResponse(id: $id, input: $input) {
      id
      shortcut
      title
      text
    }
  }
`);

const DeleteCannedResponse = graphql(`
  mutation DeleteCannedResponse($id: ID!) {
    deleteCannedResponse(id: $id)
  }
`);

const api = useTestApp();
const url = () => api.app.httpUrl;

let admin: Actor;
let supervisor: Actor;
let agent: Actor;
const staff: Record<StaffRole, () => Actor> = { ADMIN: () => admin, SUPERVISOR: () => supervisor, AGENT: () => agent };

beforeAll(async () => {
  admin = await loginAdmin(url());
  supervisor = await createAgent(url(), admin, 'supervisor@example.com', 'Sari Supervisor', 'SUPERVISOR');
  agent = await createAgent(url(), admin, 'agen@example.com', 'Agus Agen', 'AGENT');
});

beforeEach(async () => {
  await queryRows(api.db.url, 'delete from canned_response');
});

const stored = async () =>
  queryRows<{ shortcut: string; title: string; text: string }>(
    api.db.url,
    'select shortcut, title, text from canned_response order by shortcut',
  );

async function create(input: { shortcut: string; title?: string; text?: string }, actor = admin) {
  const response = await graphqlRequest(
    url(),
    CreateCannedResponse,
    { input: { title: `Judul ${input.shortcut}`, text: `Teks ${input.shortcut}`, ...input } },
    actor.token,
  );
  if (!response.data) throw new Error(`createCannedResponse failed: ${JSON.stringify(response.errors)}`);
  return response.data.createCannedResponse;
}

const shortcutsFound = async (search: string | null, actor = agent) => {
  const response = await graphqlRequest(url(), ListCannedResponses, { search }, actor.token);
  expect(response.errors).toBeUndefined();
  return response.data!.cannedResponses.map((found) => found.shortcut);
};

describe('canned responses', () => {
  it.each(['ADMIN', 'SUPERVISOR'] as const)('are created, updated and deleted by a %s, keeping placeholders as typed', async (role) => {
    const actor = staff[role]();
    const created = await create({ shortcut: 'salam', title: 'Salam pembuka', text: 'Halo {{customer.name}}, saya {{agent.name}}.' }, actor);
    expect(created).toMatchObject({ shortcut: 'salam', title: 'Salam pembuka', text: 'Halo {{customer.name}}, saya {{agent.name}}.' });

    const updated = await graphqlRequest(
      url(),
      UpdateCannedResponse,
      { id: created.id, input: { shortcut: 'salam-pagi', title: 'Salam pagi', text: 'Selamat pagi {{customer.name}}!' } },
      actor.token,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateCannedResponse).toEqual({
      id: created.id,
      shortcut: 'salam-pagi',
      title: 'Salam pagi',
      text: 'Selamat pagi {{customer.name}}!',
    });
    expect(await stored()).toEqual([{ shortcut: 'salam-pagi', title: 'Salam pagi', text: 'Selamat pagi {{customer.name}}!' }]);

    const deleted = await graphqlRequest(url(), DeleteCannedResponse, { id: created.id }, actor.token);
    expect(deleted.data?.deleteCannedResponse).toBe(true);
    expect(await stored()).toEqual([]);
  });

  it('are read by an AGENT but never written by one: create, update and delete are FORBIDDEN and nothing changes', async () => {
    const existing = await create({ shortcut: 'nib' });
    expect(await shortcutsFound(null, agent)).toEqual(['nib']);

    const created = await graphqlRequest(url(), CreateCannedResponse, { input: { shortcut: 'baru', title: 'Baru', text: 'Baru' } }, agent.token);
    const updated = await graphqlRequest(
      url(),
      UpdateCannedResponse,
      { id: existing.id, input: { shortcut: 'diganti', title: 'Diganti', text: 'Diganti' } },
      agent.token,
    );
    const deleted = await graphqlRequest(url(), DeleteCannedResponse, { id: existing.id }, agent.token);

    expect([errorCode(created), errorCode(updated), errorCode(deleted)]).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect(await stored()).toEqual([{ shortcut: 'nib', title: 'Judul nib', text: 'Teks nib' }]);
  });

  it('are refused to a visitor and to an anonymous caller', async () => {
    const customer = await registerCustomer(url());

    expect(errorCode(await graphqlRequest(url(), ListCannedResponses, {}, customer.token))).toBe('FORBIDDEN');
    expect(errorCode(await graphqlRequest(url(), ListCannedResponses, {}))).toBe('UNAUTHENTICATED');
    const created = await graphqlRequest(url(), CreateCannedResponse, { input: { shortcut: 'x', title: 'X', text: 'X' } }, customer.token);
    expect(errorCode(created)).toBe('FORBIDDEN');
    expect(await stored()).toEqual([]);
  });

  it.each([
    ['shortcut', 'an empty shortcut', { shortcut: '  ' }],
    ['shortcut', 'a shortcut with capitals', { shortcut: 'Salam' }],
    ['shortcut', 'a shortcut with a space', { shortcut: 'izin usaha' }],
    ['shortcut', 'a shortcut with "/"', { shortcut: '/nib' }],
    ['shortcut', 'a shortcut longer than 30 characters', { shortcut: 'a'.repeat(31) }],
    ['title', 'an empty title', { title: ' ' }],
    ['title', 'a title longer than 80 characters', { title: 'j'.repeat(81) }],
    ['text', 'an empty text', { text: '\u200B ' }],
    ['text', 'a text longer than 2000 characters', { text: 't'.repeat(2001) }],
    ['text', 'a text with control characters', { text: 'Halo\u0007' }],
  ])('refuse %s (%s) on create and update with extensions.field, and store nothing', async (field, _case, change) => {
    const existing = await create({ shortcut: 'nib' });
    const input = { shortcut: 'baru', title: 'Baru', text: 'Teks baru', ...change };

    const created = await graphqlRequest(url(), CreateCannedResponse, { input }, admin.token);
    const updated = await graphqlRequest(url(), UpdateCannedResponse, { id: existing.id, input }, admin.token);

    for (const response of [created, updated]) {
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.extensions?.field).toBe(field);
    }
    expect(await stored()).toEqual([{ shortcut: 'nib', title: 'Judul nib', text: 'Teks nib' }]);
  });

  it('accept the longest shortcut, title and text, trimmed', async () => {
    const longest = { shortcut: `${'a'.repeat(29)}-`, title: 'j'.repeat(80), text: 't'.repeat(2000) };
    const created = await create({ shortcut: ` ${longest.shortcut} `, title: ` ${longest.title} `, text: `\n${longest.text} ` });
    expect(created).toMatchObject(longest);
  });

  it('refuse a shortcut another one has, on create and on update, storing nothing; keeping its own is no clash', async () => {
    const nib = await create({ shortcut: 'nib' });
    const kbli = await create({ shortcut: 'kbli' });

    const created = await graphqlRequest(url(), CreateCannedResponse, { input: { shortcut: 'nib', title: 'Dua', text: 'Dua' } }, admin.token);
    const updated = await graphqlRequest(url(), UpdateCannedResponse, { id: kbli.id, input: { shortcut: 'nib', title: 'T', text: 'T' } }, admin.token);

    for (const response of [created, updated]) {
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.extensions?.field).toBe('shortcut');
    }
    expect(await stored()).toEqual([
      { shortcut: 'kbli', title: 'Judul kbli', text: 'Teks kbli' },
      { shortcut: 'nib', title: 'Judul nib', text: 'Teks nib' },
    ]);
    const kept = await graphqlRequest(url(), UpdateCannedResponse, { id: nib.id, input: { shortcut: 'nib', title: 'Baru', text: 'Baru' } }, admin.token);
    expect(kept.data?.updateCannedResponse.title).toBe('Baru');
  });

  it('answer NOT_FOUND for an update or delete of one that does not exist, or a malformed id', async () => {
    const gone = await create({ shortcut: 'hilang' });
    await graphqlRequest(url(), DeleteCannedResponse, { id: gone.id }, admin.token);

    for (const id of [gone.id, 'bukan-id']) {
      const updated = await graphqlRequest(url(), UpdateCannedResponse, { id, input: { shortcut: 'x', title: 'X', text: 'X' } }, admin.token);
      const deleted = await graphqlRequest(url(), DeleteCannedResponse, { id }, admin.token);
      expect([errorCode(updated), errorCode(deleted)]).toEqual(['NOT_FOUND', 'NOT_FOUND']);
    }
    expect(await stored()).toEqual([]);
  });

  it('are searched in shortcut, title and text regardless of case, literally, and listed by shortcut', async () => {
    await create({ shortcut: 'oss', title: 'Akun OSS', text: 'Silakan masuk ke oss.go.id.' });
    await create({ shortcut: 'kbli', title: 'Kode KBLI', text: 'Diskon 100% untuk pendaftaran.' });
    await create({ shortcut: 'nib', title: 'Nomor Induk Berusaha', text: 'NIB terbit otomatis.' });
    await create({ shortcut: 'izin-usaha', title: 'Izin usaha', text: 'Lihat menu Perizinan_Berusaha.' });

    expect(await shortcutsFound(null)).toEqual(['izin-usaha', 'kbli', 'nib', 'oss']);
    expect(await shortcutsFound('   ')).toEqual(['izin-usaha', 'kbli', 'nib', 'oss']);
    // Shortcut, title and text, in any case.
    expect(await shortcutsFound('BERUSAHA')).toEqual(['izin-usaha', 'nib']);
    expect(await shortcutsFound('akun')).toEqual(['oss']);
    expect(await shortcutsFound('OTOMATIS')).toEqual(['nib']);
    // LIKE wildcards match only themselves.
    expect(await shortcutsFound('100%')).toEqual(['kbli']);
    expect(await shortcutsFound('%')).toEqual(['kbli']);
    expect(await shortcutsFound('ni_')).toEqual([]);
    expect(await shortcutsFound('_')).toEqual(['izin-usaha']);
    expect(await shortcutsFound('tidak ada')).toEqual([]);
  });

  it('are seeded for a development desk, once, with placeholders left for the console', async () => {
    await api.app.database.orm.seeder.seed(DatabaseSeeder);
    await api.app.database.orm.seeder.seed(DatabaseSeeder);

    expect(await shortcutsFound(null)).toEqual(['akun-oss', 'izin-usaha', 'kbli', 'nib', 'salam-penutup']);
    expect((await stored()).find((row) => row.shortcut === 'salam-penutup')?.text).toContain('{{agent.name}}');
  });
});
