/** Command-line arguments without the `--` separator that pnpm 12 forwards to the script. */
export function cliArgs(): string[] {
  return process.argv.slice(2).filter((arg) => arg !== '--');
}
