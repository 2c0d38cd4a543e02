import { appError } from '../errors/app-error';
import { notForApiKeys } from '../modules/api-key/api-scope';
import type { AdminViewer, CustomerViewer, Viewer } from './viewer';

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw appError('UNAUTHENTICATED', 'Sign in first.');
  return viewer;
}

export function requireAdmin(viewer: Viewer | null): AdminViewer {
  const signedIn = requireViewer(viewer);
  if (signedIn.role === 'API_KEY') throw notForApiKeys();
  if (signedIn.role !== 'ADMIN') throw appError('FORBIDDEN', 'Only agents may do this.');
  return signedIn;
}

export function requireCustomer(viewer: Viewer | null): CustomerViewer {
  const signedIn = requireViewer(viewer);
  if (signedIn.role === 'API_KEY') throw notForApiKeys();
  if (signedIn.role !== 'CUSTOMER') throw appError('FORBIDDEN', 'Only a visitor may do this.');
  return signedIn;
}
