import { uploadFile } from '../../../lib/files';

export interface UploadedImport {
  jobId: string;
  columns: string[];
  totalRows: number;
}

/** POST /files/import/{module}: the server checks and reads the file; a job exists only when it could. */
export function uploadImport(module: string, file: File): Promise<UploadedImport> {
  return uploadFile<UploadedImport>(`/files/import/${module}`, file);
}
