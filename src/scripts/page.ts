// Every page's start-up code, as one module: one file compresses better than a file per component, which keeps a
// part page within its 20 KiB before reading starts (README, Size budgets). Each import is the script of the
// component named beside it; a page without that component finds nothing to do.
import './service-worker'; // Base.astro: offline use and the update prompt
import './reader-settings'; // ReaderSettings.astro, ElderSwitch.astro
import './disclosures'; // SiteHeader.astro: the header menus
import './copy-link'; // CopyLink.astro
import { bootReadAloud } from './read-aloud-boot'; // ReadAloud.astro

bootReadAloud();

// SearchHighlight.astro: the words of a search result, marked on arrival; its matching code loads only for them.
if (new URL(location.href).searchParams.has('hl')) import('../components/search/search-highlight');
