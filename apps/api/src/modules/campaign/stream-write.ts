import type { Writable } from 'node:stream';

/** Writes and, when the buffer is full, waits for it to drain (or fails if the client went away). */
export function writeChunk(out: Writable, data: string | Buffer): Promise<void> {
  if (out.write(data)) {
    return Promise.resolve();
  }
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      out.off('drain', onDrain);
      out.off('error', onError);
      out.off('close', onClose);
    };
    const onDrain = () => {
      cleanup();
      resolve();
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const onClose = () => onError(new Error('the client closed the connection'));
    out.on('drain', onDrain);
    out.on('error', onError);
    out.on('close', onClose);
  });
}
