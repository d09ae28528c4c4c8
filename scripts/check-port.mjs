// `pnpm start` builds for a minute before the server listens: this says at once when the port it
// will listen on (PORT, 4000 by default) is taken, instead of after the build.
import { createServer } from 'node:net';

const port = Number(process.env.PORT ?? 4000);
const probe = createServer();
probe.once('error', (error) => {
  if (error.code === 'EADDRINUSE') {
    console.error(
      `Port ${port} is already in use (another Sen CRM, or another program). Stop it, or choose ` +
        `another port with the PORT variable, e.g. PORT=${port + 1} pnpm start`,
    );
  } else {
    console.error(`Cannot listen on port ${port} (PORT): ${error.message}`);
  }
  process.exit(1);
});
probe.listen(port, () => probe.close());
