export * from './types';
export { donors } from './donors';
export { programs } from './programs';
export { activities } from './activities';
export { sectors } from './sectors';
