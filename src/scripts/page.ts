// Every page's start-up code, as one module: one file compresses better than a file per component, which keeps a
// part page within its 20 KiB before reading starts (README, Size budgets). Each import is the script of the
// component named beside it; a page without that component finds nothing to do. What only the pages with the
// handbook's text need is in src/scripts/reading.ts, so that the quiz pages and the presenter do not load it.
import './service-worker'; // Base.astro: offline use and the update prompt
import './reader-settings'; // ReaderSettings.astro, ElderSwitch.astro
import './disclosures'; // SiteHeader.astro: the header menus
import '../components/search/search-dialog'; // SearchDialog.astro: opening the search

// SearchHighlight.astro: the words of a search result, marked on arrival; its matching code loads only for them.
if (new URL(location.href).searchParams.has('hl')) import('../components/search/search-highlight');
