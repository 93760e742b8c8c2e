/**
 * Who may reach what: every page, route handler and server action of the app, and what each role
 * gets. The access-matrix spec reads the app's routes and actions from the source and fails for
 * any that is missing here, then checks every cell through real HTTP requests.
 */
export const roles = ['anonymous', 'donor', 'viewer', 'editor', 'admin'] as const;
export type Role = (typeof roles)[number];

/** content: the page (200); not-found: 404, as if it did not exist; login: sent to sign in; home: sent to the dashboard; own-portfolio: a donor is sent to its own profile. */
export type PageOutcome = 'content' | 'not-found' | 'login' | 'home' | 'own-portfolio';
type PageRule = Record<Role, PageOutcome>;

const everyone: PageRule = { anonymous: 'login', donor: 'content', viewer: 'content', editor: 'content', admin: 'content' };
const staff: PageRule = { ...everyone, donor: 'not-found' };
const editors: PageRule = { ...staff, viewer: 'not-found' };
const admins: PageRule = { ...editors, editor: 'not-found' };

export const pageAccess: Record<string, PageRule> = {
  '/': everyone,
  '/login': { anonymous: 'content', donor: 'home', viewer: 'home', editor: 'home', admin: 'home' },
  '/activities': everyone,
  '/activities/[id]': everyone,
  '/activities/[id]/edit': editors,
  '/activities/new': editors,
  '/admin': admins,
  '/api-reference': everyone,
  '/admin/accounts/[id]': admins,
  '/admin/audit': admins,
  '/countries': everyone,
  '/countries/[code]': everyone,
  '/countries/[code]/report': everyone,
  '/donors': { ...everyone, donor: 'own-portfolio' },
  '/donors/[id]': everyone,
  '/donors/[id]/report': everyone,
  '/donors/[id]/edit': editors,
  '/donors/new': editors,
  '/events': everyone,
  '/events/[id]': everyone,
  '/events/[id]/edit': editors,
  '/events/new': editors,
  '/import': editors,
  '/import/[batch]': editors,
  '/indicators/[id]/edit': editors,
  '/map': everyone,
  '/indicators/new': editors,
  '/profile': everyone,
  '/programs': everyone,
  '/programs/[id]': everyone,
  '/programs/[id]/edit': editors,
  '/programs/new': editors,
};

export interface HandlerRule {
  /** The request: GET of a sample path, or a POST of a small file. */
  path: string;
  upload?: boolean;
  allowed: readonly Role[];
}

const signedIn: readonly Role[] = ['donor', 'viewer', 'editor', 'admin'];

/** Route handlers, by the path they are requested at (a sample of a dynamic one). */
export const handlerAccess: Record<string, HandlerRule> = {
  // next-auth's own endpoints answer anyone: the session endpoint tells who is signed in.
  '/api/auth/[...nextauth]': { path: '/api/auth/session', allowed: roles },
  '/api/export/[table]': { path: '/api/export/activities?format=csv', allowed: signedIn },
  '/api/import': { path: '/api/import', upload: true, allowed: ['editor', 'admin'] },
  // The read API answers a token or a session; anonymous callers get 401.
  '/api/v1/activities': { path: '/api/v1/activities', allowed: signedIn },
  '/api/v1/activities/[id]': { path: '/api/v1/activities/[id]', allowed: signedIn },
  '/api/v1/countries': { path: '/api/v1/countries', allowed: signedIn },
  '/api/v1/dashboard': { path: '/api/v1/dashboard', allowed: signedIn },
  '/api/v1/donors': { path: '/api/v1/donors', allowed: signedIn },
  '/api/v1/events': { path: '/api/v1/events', allowed: signedIn },
  '/api/v1/events/[id]': { path: '/api/v1/events/[id]', allowed: signedIn },
  '/api/v1/iati/activities.xml': { path: '/api/v1/iati/activities.xml', allowed: signedIn },
  '/api/v1/indicators': { path: '/api/v1/indicators', allowed: signedIn },
  // The API's description is public, like any published API description.
  '/api/v1/openapi.json': { path: '/api/v1/openapi.json', allowed: roles },
  '/api/v1/programs': { path: '/api/v1/programs', allowed: signedIn },
  '/map-shapes/[layer]': { path: '/map-shapes/locator', allowed: signedIn },
  '/countries/[code]/report/pdf': { path: '/countries/BZ/report/pdf', allowed: signedIn },
  '/donors/[id]/report/pdf': { path: '/donors/[id]/report/pdf', allowed: signedIn },
};

const editorRoles: readonly Role[] = ['editor', 'admin'];
const adminRoles: readonly Role[] = ['admin'];

/** Server actions, as "<file>#<export>", and the roles that may run them. */
export const actionAccess: Record<string, readonly Role[]> = {
  'app/(app)/activities/actions.ts#createActivityAction': editorRoles,
  'app/(app)/activities/actions.ts#updateActivityAction': editorRoles,
  'app/(app)/admin/actions.ts#inviteAccountAction': adminRoles,
  'app/(app)/admin/actions.ts#updateAccountAccessAction': adminRoles,
  'app/(app)/admin/actions.ts#setAccountActiveAction': adminRoles,
  'app/(app)/admin/actions.ts#resetAccountPasswordAction': adminRoles,
  'app/(app)/archive-action.ts#setArchivedAction': editorRoles,
  'app/(app)/donors/actions.ts#createDonorAction': editorRoles,
  'app/(app)/donors/actions.ts#updateDonorAction': editorRoles,
  'app/(app)/events/actions.ts#createEventAction': editorRoles,
  'app/(app)/events/actions.ts#updateEventAction': editorRoles,
  'app/(app)/indicators/actions.ts#createIndicatorAction': editorRoles,
  'app/(app)/indicators/actions.ts#updateIndicatorAction': editorRoles,
  'app/(app)/indicators/actions.ts#addMeasurementAction': editorRoles,
  'app/(app)/import/actions.ts#reviewProposalAction': editorRoles,
  'app/(app)/import/actions.ts#mergeProposalAction': editorRoles,
  'app/(app)/import/actions.ts#discardBatchAction': editorRoles,
  'app/(app)/profile/actions.ts#createTokenAction': signedIn,
  'app/(app)/profile/actions.ts#revokeTokenAction': signedIn,
  'app/(app)/programs/actions.ts#createProgramAction': editorRoles,
  'app/(app)/programs/actions.ts#updateProgramAction': editorRoles,
  // The language switch is on the sign-in page too; it only sets a cookie.
  'i18n/set-locale-action.ts#setLocaleAction': roles,
};
