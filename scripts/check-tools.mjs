// Checks, before a test run starts, the programs outside node_modules that the tests use, and says
// how to install the missing ones (instead of a test failing minutes later on a missing binary).
// Usage: node scripts/check-tools.mjs pdftotext [chromium]
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const TOOLS = {
  pdftotext: {
    why: 'the tests read the exported and printed PDFs back with it',
    found: () => runs('pdftotext', ['-v']),
    install: [
      'Debian/Ubuntu: sudo apt-get install poppler-utils',
      'Fedora: sudo dnf install poppler-utils',
      'macOS: brew install poppler',
    ],
  },
  chromium: {
    why: 'Playwright drives it for the browser flows',
    found: () => executable(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'),
    install: [
      'Debian/Ubuntu: sudo apt-get install chromium',
      'elsewhere: set CHROMIUM_PATH to a Chromium or Chrome executable',
    ],
  },
};

function runs(command, args) {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch (error) {
    return error.code !== 'ENOENT';
  }
}

function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const missing = process.argv.slice(2).filter((name) => !TOOLS[name].found());
for (const name of missing) {
  const tool = TOOLS[name];
  const where =
    name === 'chromium' ? ` (looked for ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'})` : '';
  console.error(`Missing ${name}${where}: ${tool.why}. Install it, then run the tests again:`);
  for (const line of tool.install) console.error(`  ${line}`);
}
process.exit(missing.length > 0 ? 1 : 0);
