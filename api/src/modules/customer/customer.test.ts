import { RegisterCustomer } from '../../../test/support/operations';
import { errorCode, graphqlRequest, useTestApp } from '../../../test/support/test-app';

const handle = useTestApp();
const url = () => handle.app.httpUrl;
const countCustomers = async () =>
  Number((await handle.app.deps.orm.em.fork().getConnection().execute('select count(*) as n from customer'))[0].n);

describe('registerCustomer', () => {
  it('registers a visitor, tidying the name and email', async () => {
    const response = await graphqlRequest(url(), RegisterCustomer, {
      input: { name: '  Siti   Aminah ', email: ' Siti@Example.CO.ID ', phone: '+62 812-3456-7890' },
    });
    expect(response.data?.registerCustomer.customer).toMatchObject({
      name: 'Siti Aminah',
      email: 'siti@example.co.id',
      phone: '+62 812-3456-7890',
    });
    expect(response.data?.registerCustomer.token).toEqual(expect.any(String));
  });

  it.each([
    ['an empty name', { name: '' }, 'name'],
    ['a whitespace name', { name: '   \n ' }, 'name'],
    ['a name of invisible characters only', { name: '\u200B\u202E\u2066' }, 'name'],
    ['a name over 100 characters', { name: 'a'.repeat(101) }, 'name'],
    ['a name with NUL', { name: 'Bu\u0000di' }, 'name'],
    ['a bad email', { name: 'Budi', email: 'budi@' }, 'email'],
    ['an email with spaces', { name: 'Budi', email: 'bu di@example.com' }, 'email'],
    ['a bad phone', { name: 'Budi', phone: 'call me' }, 'phone'],
    ['a too short phone', { name: 'Budi', phone: '123' }, 'phone'],
  ])('refuses %s with BAD_USER_INPUT naming the field, and stores nothing', async (_case, input, field) => {
    const before = await countCustomers();
    const response = await graphqlRequest(url(), RegisterCustomer, { input });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].extensions?.field).toBe(field);
    expect(await countCustomers()).toBe(before);
  });

  it('accepts a 100-character name, counted in characters rather than bytes', async () => {
    const name = 'é'.repeat(100);
    const response = await graphqlRequest(url(), RegisterCustomer, { input: { name } });
    expect(response.data?.registerCustomer.customer.name).toBe(name);
  });

  it('strips bidi overrides from names', async () => {
    const response = await graphqlRequest(url(), RegisterCustomer, { input: { name: 'Budi\u202Egnp.exe' } });
    expect(response.data?.registerCustomer.customer.name).toBe('Budignp.exe');
  });
});
