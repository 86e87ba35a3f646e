// The islands of part 四 (quotas.mdx), imported from this one module so that the page loads their code as one
// file, which compresses far better than a file per island and keeps the page within its JavaScript budget.
export { default as QuotaOverview } from './QuotaOverview';
export { default as SlateChecker } from './SlateChecker';
