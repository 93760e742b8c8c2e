// Runs once when the server starts, before it answers any request. The Node.js work lives in
// its own module, imported under this condition so that the edge bundle never sees it.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') await import('./instrumentation-node');
}
