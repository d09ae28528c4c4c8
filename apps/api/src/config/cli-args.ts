/** Command-line arguments without the `--` separator that pnpm 12 forwards to the script. */
export function cliArgs(): string[] {
  return process.argv.slice(2).filter((arg) => arg !== '--');
}

/**
 * The options every benchmark takes: `--db` (default `BENCH_DATABASE_URL` or the named local
 * database), `--runs` and the `--port` its server listens on.
 */
export function benchOptions(database: string, port: number) {
  return {
    db: {
      type: 'string',
      default: process.env.BENCH_DATABASE_URL ?? `postgres://postgres@127.0.0.1:5432/${database}`,
    },
    runs: { type: 'string', default: '30' },
    port: { type: 'string', default: String(port) },
  } as const;
}
