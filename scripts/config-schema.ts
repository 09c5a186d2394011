// Writes the published JSON Schema of promptgate.yml (schema/promptgate.schema.json, for editors) from
// src/config/schema.ts and the check definitions. Run by `npm run build`; __tests__/config fails when
// the committed file lags its source.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as prettier from 'prettier';
import { PUBLISHED_SCHEMA_PATH, publishedConfigSchema } from '../src/config/schema.js';

const text = await prettier.format(JSON.stringify(publishedConfigSchema()), {
  ...(await prettier.resolveConfig(PUBLISHED_SCHEMA_PATH)),
  filepath: PUBLISHED_SCHEMA_PATH,
});
mkdirSync(dirname(PUBLISHED_SCHEMA_PATH), { recursive: true });
writeFileSync(PUBLISHED_SCHEMA_PATH, text);
