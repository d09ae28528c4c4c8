import { useEffect, useState } from 'react';
import { fileObjectUrl, sendFile } from '../../../lib/files';

export const LOGO_URL = '/files/company/logo';

/** POST the image itself (PNG or JPEG); DELETE removes it. */
export function uploadLogo(file: File): Promise<unknown> {
  return sendFile(LOGO_URL, 'POST', file);
}

export function removeLogo(): Promise<unknown> {
  return sendFile(LOGO_URL, 'DELETE');
}

/** The logo as an object URL (the route wants the same authentication as the API). */
export function useLogoSrc(logoUrl: string | null | undefined): string | null {
  const [loaded, setLoaded] = useState<{ url: string; src: string } | null>(null);
  useEffect(() => {
    if (!logoUrl) {
      return;
    }
    let href: string | null = null;
    let live = true;
    void fileObjectUrl(logoUrl)
      .then((src) => {
        href = src;
        if (live) {
          setLoaded({ url: logoUrl, src });
        } else {
          URL.revokeObjectURL(src);
        }
      })
      .catch(() => undefined);
    return () => {
      live = false;
      if (href) {
        URL.revokeObjectURL(href);
      }
    };
  }, [logoUrl]);
  return loaded && loaded.url === logoUrl ? loaded.src : null;
}
