import fs from 'node:fs';
import { printAppSchema, SCHEMA_FILE } from './print-schema';

// `npm run schema` rewrites schema.graphql; with a path argument it writes there instead (CI
// compares that copy with the committed file).
const target = process.argv[2] ?? SCHEMA_FILE;

printAppSchema()
  .then((sdl) => {
    fs.writeFileSync(target, sdl);
    console.log(`wrote ${target}`);
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
