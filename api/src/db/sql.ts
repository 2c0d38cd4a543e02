import type { MikroORM } from '@mikro-orm/postgresql';
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
}

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
  };
}
