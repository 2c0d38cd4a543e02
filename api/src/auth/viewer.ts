export type ViewerRole = 'ADMIN' | 'CUSTOMER';

export interface AdminViewer {
  role: 'ADMIN';
  adminId: string;
  tokenId: string;
  expiresAt: number;
}

export interface CustomerViewer {
  role: 'CUSTOMER';
  customerId: string;
  tokenId: string;
  expiresAt: number;
}

export type Viewer = AdminViewer | CustomerViewer;
