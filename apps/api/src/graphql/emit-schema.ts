import 'reflect-metadata';
import path from 'node:path';
import { emitSchemaDefinitionFile } from 'type-graphql';
import { buildAppSchema } from './schema';

/** Writes apps/api/schema.graphql, the committed contract the web codegen reads. */
async function main(): Promise<void> {
  const schema = await buildAppSchema();
  const file = path.resolve(__dirname, '../../schema.graphql');
  await emitSchemaDefinitionFile(file, schema);
  console.log(`Schema written to ${file}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
