// The start-up code of the pages that show the handbook's text (HandbookText.astro), beside every page's own
// (src/scripts/page.ts): the quiz pages and the presenter have neither copy links nor read-aloud.
import './copy-link'; // CopyLink.astro
import { bootReadAloud } from './read-aloud-boot'; // ReadAloud.astro

bootReadAloud();
