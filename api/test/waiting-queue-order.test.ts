import { loginAdmin, registerCustomer, startSession, type Actor } from './support/actors';
import { ListChatSessions } from './support/operations';
import { graphqlRequest, useTestApp } from './support/test-app';

const handle = useTestApp();
const url = () => handle.app.httpUrl;

/** The console's Menunggu queue listed the newest visitor first, so the longest wait sank to the bottom. */
describe('the waiting queue is listed oldest first', () => {
  let admin: Actor;
  const arrivals: string[] = [];

  beforeAll(async () => {
    admin = await loginAdmin(url());
    for (const name of ['Pertama', 'Kedua', 'Ketiga']) {
      arrivals.push(await startSession(url(), await registerCustomer(url(), name), `Halo dari ${name}`));
    }
  });

  const list = (filter: Record<string, unknown>, first: number, after?: string | null) =>
    graphqlRequest(url(), ListChatSessions, { filter, first, after }, admin.token).then((response) => {
      if (!response.data) throw new Error(JSON.stringify(response.errors));
      return response.data.chatSessions;
    });

  it('pages through WAITING from the longest wait on, each session once', async () => {
    const firstPage = await list({ status: 'WAITING' }, 2);
    expect(firstPage.edges.map((edge) => edge.node.id)).toEqual(arrivals.slice(0, 2));
    expect(firstPage.pageInfo.hasNextPage).toBe(true);
    const secondPage = await list({ status: 'WAITING' }, 2, firstPage.pageInfo.endCursor);
    expect(secondPage.edges.map((edge) => edge.node.id)).toEqual(arrivals.slice(2));
    expect(secondPage.pageInfo.hasNextPage).toBe(false);
    expect(secondPage.totalCount).toBe(3);
  });

  it('keeps every other list newest first', async () => {
    const open = await list({ open: true }, 2);
    expect(open.edges.map((edge) => edge.node.id)).toEqual([arrivals[2], arrivals[1]]);
    const rest = await list({ open: true }, 2, open.pageInfo.endCursor);
    expect(rest.edges.map((edge) => edge.node.id)).toEqual([arrivals[0]]);
  });
});
