// Arriving from a search result (/procedure/?hl=公示#step-3-preliminary): the browser scrolls to the paragraph, and
// this marks every occurrence of the words in the part's text with the CSS Custom Highlight API, which paints
// ranges without touching the DOM: the text stays exactly as it was. Browsers without the API show no marks.
import { spansIn } from '../../lib/search/match';
import { highlightMessage } from '../../lib/search/messages';
import { parseQuery } from '../../lib/search/query';
import { toast } from '../../scripts/toast';

/** The text nodes of a paragraph, leaving out controls and editorial additions, as search indexed it. */
function textNodes(block: Element): Text[] {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('[data-editorial], [data-pagefind-ignore]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

/** The DOM position of a character offset into the joined text of `nodes`. */
function position(nodes: Text[], offset: number, atEnd: boolean): [Text, number] {
  let rest = offset;
  for (const node of nodes) {
    if (rest < node.length || (atEnd && rest === node.length)) return [node, rest];
    rest -= node.length;
  }
  const last = nodes.at(-1)!;
  return [last, last.length];
}

const query = parseQuery(new URL(location.href).searchParams.get('hl') ?? '');
if (query.words.length > 0 && 'highlights' in CSS) {
  const ranges: Range[] = [];
  for (const block of document.querySelectorAll('[data-pagefind-body] :is(p, h1, h2, h3, h4, h5, h6)[id]')) {
    if (block.closest('[data-pagefind-ignore], [data-editorial]')) continue;
    const nodes = textNodes(block);
    const text = nodes.map((n) => n.data).join('');
    for (const span of spansIn(text, query)) {
      const range = new Range();
      range.setStart(...position(nodes, span.start, false));
      range.setEnd(...position(nodes, span.end, true));
      ranges.push(range);
    }
  }
  if (ranges.length > 0) {
    CSS.highlights.set('search-hit', new Highlight(...ranges));
    toast(highlightMessage(query, ranges.length));
  }
}
