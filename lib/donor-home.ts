import 'server-only';
import { redirect } from 'next/navigation';
import { isDonor, type Viewer } from '@/db/viewer';

/**
 * A donor account has one donor to look at: its own. Pages listing donors call this first so a
 * donor signed in lands on its own profile; the profile itself 404s for any other donor.
 */
export function redirectDonorToOwnProfile(viewer: Viewer): void {
  if (isDonor(viewer)) redirect(`/donors/${viewer.donorId}`);
}
