import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '@sen/shared';
import type { FileKind } from './import-file-check';
import { convertHere, type WorkerResult } from './import-file.reader';

/** Worker thread: converts one .xls/.ods upload into the rows file (see `convertUpload`). */
const { filePath, kind, rowsPath, maxRows } = workerData as {
  filePath: string;
  kind: FileKind;
  rowsPath: string;
  maxRows: number;
};

convertHere(filePath, kind, rowsPath, maxRows).then(
  (file) => parentPort!.postMessage({ file } satisfies WorkerResult),
  (err: unknown) =>
    parentPort!.postMessage(
      (err instanceof AppError
        ? { messageKey: err.messageKey, params: err.params }
        : { messageKey: 'import.corrupt', params: {} }) satisfies WorkerResult,
    ),
);
