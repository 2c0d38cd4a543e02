import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { QueryResultRow } from 'pg';

/** A statement run often enough to be prepared once per connection and reused by name. */
export interface PreparedStatement {
  name: string;
  text: string;
}

/**
 * Plain SQL on the ORM's own connection pool, for the few statements on the message path where
 * the ORM's unit of work (several round trips and a change-set per write) is most of the cost.
 */
export interface Sql {
  run<Row extends QueryResultRow>(statement: PreparedStatement, values: unknown[]): Promise<Row[]>;
  /** Runs `work` in one transaction on one connection; it commits when `work` resolves, else rolls back. */
  transaction<T>(work: (run: Sql['run']) => Promise<T>): Promise<T>;
}

/** A timestamp column as the ISO string payloads carry (pg would hand back a Date in local time). */
export const isoTimestamp = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * `run` on a unit of work's transaction (inside `em.transactional`), for a statement that the ORM's
 * writes and the plain-SQL ones share: the `$n` placeholders become the ORM's `?`, in order.
 */
export function runInTransactionOf(em: EntityManager): Sql['run'] {
  return async <Row extends QueryResultRow>(statement: PreparedStatement, values: unknown[]) => {
    const ordered = [...statement.text.matchAll(/\$(\d+)/g)].map(([, n]) => arrayLiteral(values[Number(n) - 1]));
    return em.execute<Row[]>(statement.text.replace(/\$\d+/g, '?'), ordered);
  };
}

/** The ORM inlines an array as a list of values; a `$n::uuid[]` wants one array literal. */
const arrayLiteral = (value: unknown) =>
  Array.isArray(value) ? `{${value.map((item) => `"${String(item).replace(/["\\]/g, '\\$&')}"`).join(',')}}` : value;

export function createSql(orm: MikroORM): Sql {
  const connection = orm.em.getConnection();
  return {
    async run<Row extends QueryResultRow>(statement: PreparedStatement, values: unknown[]) {
      // MikroORM's raw `execute` inlines the values into the SQL text (a new plan every time) and
      // Kysely has no named statements, so this goes to the `pg` pool the ORM drives itself
      // (`getNativeClient`): a named statement is parsed and planned once per connection, then each
      // run is one round trip of bind and execute.
      const pool = await connection.getNativeClient();
      const result = await pool.query<Row>({ name: statement.name, text: statement.text, values });
      return result.rows;
    },
    async transaction<T>(work: (run: Sql['run']) => Promise<T>) {
      const pool = await connection.getNativeClient();
      const client = await pool.connect();
      const run: Sql['run'] = async (statement, values) => (await client.query({ name: statement.name, text: statement.text, values })).rows;
      let broken: Error | undefined;
      try {
        await client.query('begin');
        const result = await work(run);
        await client.query('commit');
        return result;
      } catch (error) {
        // A connection that cannot even roll back is not handed to the next caller.
        await client.query('rollback').catch((rollbackError: Error) => (broken = rollbackError));
        throw error;
      } finally {
        client.release(broken);
      }
    },
  };
}
