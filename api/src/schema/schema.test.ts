import fs from 'node:fs';
import { printAppSchema, SCHEMA_FILE } from './print-schema';

it('the committed schema.graphql is what the code generates (run `npm run codegen` when it is not)', async () => {
  expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(await printAppSchema());
});
