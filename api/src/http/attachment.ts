import type { Response } from 'express';

/**
 * Sends a generated document (a transcript, a report) as a download that a browser saves and never
 * runs, and that no cache keeps.
 */
export function sendAttachment(res: Response, contentType: string, filename: string, body: string): void {
  res.set({
    'Content-Type': contentType,
    'Content-Disposition': `attachment; filename="${filename}"`,
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'Cross-Origin-Resource-Policy': 'cross-origin',
    'Cache-Control': 'private, no-store',
    'Referrer-Policy': 'no-referrer',
  });
  res.send(body);
}
