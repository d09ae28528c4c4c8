import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  overwrite: true,
  // The committed SDL written by the API; never a running server.
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  generates: {
    'src/gql/': {
      preset: 'client',
      // Fragments only share field lists here; Apollo's cache, not masking, keeps screens in sync.
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: {
          DateTime: 'string',
          Date: 'string',
          Money: 'string',
          Decimal: 'string',
          JSON: 'unknown',
        },
        enumsAsTypes: true,
        useTypeImports: true,
        defaultScalarType: 'unknown',
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
