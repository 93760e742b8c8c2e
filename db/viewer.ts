import type { Role } from './schema';

/** The signed-in person a query runs for: their role and, for a donor, their donor. */
export interface Viewer {
  id: number;
  role: Role;
  donorId: number | null;
}

export const canEdit = (viewer: Viewer) => viewer.role === 'editor' || viewer.role === 'admin';
export const canAdminister = (viewer: Viewer) => viewer.role === 'admin';
export const isDonor = (viewer: Viewer): viewer is Viewer & { role: 'donor'; donorId: number } =>
  viewer.role === 'donor' && viewer.donorId !== null;
