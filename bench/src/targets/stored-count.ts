import { Pool } from 'pg';

const pools = new Map<string, Pool>();

/** Messages in `message` whose clientMessageId starts with `prefix`; both servers use that table. */
export async function countStoredMessages(databaseUrl: string, prefix: string): Promise<number> {
  let pool = pools.get(databaseUrl);
  if (!pool) {
    pool = new Pool({ connectionString: databaseUrl, max: 2 });
    pools.set(databaseUrl, pool);
  }
  const { rows } = await pool.query('select count(*)::int as n from message where client_message_id like $1', [`${prefix}%`]);
  return rows[0].n as number;
}

export async function closeCountPools(): Promise<void> {
  await Promise.all([...pools.values()].map((pool) => pool.end()));
  pools.clear();
}
