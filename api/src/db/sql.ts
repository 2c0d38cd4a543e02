import type { MikroORM } from '@mikro-orm/postgresql';
import type { Client, QueryResultRow } from 'pg';

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
}

export function createSql(orm: MikroORM): Sql {
  const pool = orm.em.getConnection().getKnex().client;
  return {
    async run<Row extends QueryResultRow>(statement: PreparedStatement, values: unknown[]) {
      const connection = (await pool.acquireConnection()) as Client;
      try {
        const result = await connection.query<Row>({ name: statement.name, text: statement.text, values });
        return result.rows;
      } finally {
        pool.releaseConnection(connection);
      }
    },
  };
}
