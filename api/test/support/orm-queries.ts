import type { MikroORM } from '@mikro-orm/postgresql';

/**
 * Runs `work` and counts the statements the ORM sends meanwhile: each passes its `onQuery` hook,
 * which the config reads per query. Statements sent straight to the pg pool are not counted.
 * With `matching`, only the statements whose SQL it matches are counted.
 */
export async function countOrmQueries<T>(orm: MikroORM, work: () => Promise<T>, matching?: RegExp): Promise<{ result: T; queries: number }> {
  let queries = 0;
  const original = orm.config.get('onQuery');
  orm.config.set('onQuery', (sql, params) => {
    if (!matching || matching.test(sql)) queries += 1;
    return original(sql, params);
  });
  try {
    const result = await work();
    return { result, queries };
  } finally {
    orm.config.set('onQuery', original);
  }
}
