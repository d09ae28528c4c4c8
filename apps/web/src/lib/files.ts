import { currentLanguage } from '../i18n';

/** A refusal of the file endpoints: `{ code, message }`, the message in the UI language. */
export class FileRequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The session cookie goes with every same-origin request; the answer's language is the UI's. */
function authHeaders(): Record<string, string> {
  return { 'Accept-Language': currentLanguage() };
}

async function refusal(res: Response): Promise<FileRequestError> {
  const body = (await res.json().catch(() => null)) as { code?: string; message?: string } | null;
  return new FileRequestError(body?.code ?? 'INTERNAL_SERVER_ERROR', body?.message ?? res.statusText);
}

function fileNameOf(res: Response, fallback: string): string {
  const header = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  return star ? decodeURIComponent(star[1]) : fallback;
}

/** Downloads a file the server only gives to the signed-in user, then saves it as the user would. */
export async function downloadFile(url: string, fallbackName: string): Promise<void> {
  const res = await fetch(url, { headers: authHeaders() });
  if (!res.ok) {
    throw await refusal(res);
  }
  const blob = await res.blob();
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = fileNameOf(res, fallbackName);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/** Multipart upload of one file (field "file"); answers the JSON body. */
export async function uploadFile<T>(url: string, file: File): Promise<T> {
  const form = new FormData();
  form.append('file', file);
  const res = await fetch(url, { method: 'POST', body: form, headers: authHeaders() });
  if (!res.ok) {
    throw await refusal(res);
  }
  return (await res.json()) as T;
}

/** A body sent as it is (an image), or nothing (DELETE); answers the JSON body. */
export async function sendFile<T>(url: string, method: 'POST' | 'DELETE', file?: File): Promise<T> {
  const headers = {
    ...authHeaders(),
    ...(file ? { 'Content-Type': file.type || 'application/octet-stream' } : {}),
  };
  const res = await fetch(url, { method, body: file, headers });
  if (!res.ok) {
    throw await refusal(res);
  }
  return (await res.json()) as T;
}

/** A file the server gives only with the caller's authentication, as an object URL (revoke it). */
export async function fileObjectUrl(url: string): Promise<string> {
  const res = await fetch(url, { headers: authHeaders() });
  if (!res.ok) {
    throw await refusal(res);
  }
  return URL.createObjectURL(await res.blob());
}
