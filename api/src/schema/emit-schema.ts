import fs from 'node:fs';
import { printAppSchema, SCHEMA_FILE } from './print-schema';

printAppSchema()
  .then((sdl) => {
    fs.writeFileSync(SCHEMA_FILE, sdl);
    console.log(`wrote ${SCHEMA_FILE}`);
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
