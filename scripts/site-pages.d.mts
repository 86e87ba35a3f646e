/** Every HTML file under `dist` (index pages and 404.html), as paths relative to it. */
export function htmlFiles(dist: string): string[];
/** Every page's address ('/', '/procedure/'): the index pages, without the 404 page. */
export function pageAddresses(dist: string): string[];
