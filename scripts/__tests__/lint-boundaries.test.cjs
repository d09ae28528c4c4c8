// The feature-boundary lint (eslint.config.mjs) fires where a feature reaches into a sibling, and
// stays quiet on what features may use: their own files, components/, lib/, gql/, and the one
// declared dependency (money on sales).
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const repo = path.resolve(__dirname, '../..');

/** Lints each probe text as if it stood at `file`; returns the rule ids reported for each. */
function lint(probes) {
  const script = `
    import { ESLint } from 'eslint';
    const probes = JSON.parse(process.argv[1]);
    const eslint = new ESLint({ cwd: ${JSON.stringify(repo)} });
    const out = [];
    for (const { file, code } of probes) {
      const [result] = await eslint.lintText(code, { filePath: file });
      out.push(result.messages.map((m) => m.ruleId));
    }
    console.log(JSON.stringify(out));
  `;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(probes)], {
    cwd: repo,
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    throw new Error(run.stderr);
  }
  return JSON.parse(run.stdout);
}

const probe = (file, from) => ({
  file: `apps/web/src/features/${file}`,
  code: `import { a } from '${from}';\nexport const b = a;\n`,
});

const cases = [
  // [where the file stands, what it imports, whether the boundary rule fires]
  ['sales/components/probe.tsx', '../../customers/api/refetch', true],
  ['contacts/probe.ts', '../customers/api/x', true],
  ['campaigns/components/members/probe.tsx', '../../../activities/api/x', true],
  ['contacts/components/probe.tsx', '../../../features/customers/api/x', true],
  ['sales/components/probe.tsx', '../../money/api', true],
  ['contacts/components/probe.tsx', '../api/contacts', false],
  ['contacts/components/probe.tsx', '../../contacts/api/contacts', false],
  ['contacts/components/probe.tsx', '../../../components/form', false],
  ['contacts/components/probe.tsx', '../../../gql/graphql', false],
  ['money/components/probe.tsx', '../../sales/components/lines-editor', false],
];

test('a feature importing a sibling feature is a lint error; its own files and shared folders are not', () => {
  const results = lint(cases.map(([file, from]) => probe(file, from)));
  const fired = results.map((ids) => ids.includes('no-restricted-imports'));
  expect(
    cases.map(
      ([file, from]) =>
        `${file} <- ${from}: ${fired[cases.findIndex((c) => c[0] === file && c[1] === from)]}`,
    ),
  ).toEqual(cases.map(([file, from, expected]) => `${file} <- ${from}: ${expected}`));
}, 60_000);
