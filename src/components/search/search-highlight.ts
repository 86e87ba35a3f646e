// Arriving from a search result (/procedure/?hl=公示#step-3-preliminary): the browser scrolls to the paragraph, and
// this marks every occurrence of the words in the part's text with the CSS Custom Highlight API, which paints
// ranges without touching the DOM: the text stays exactly as it was. Browsers without the API (Safari before 17.2,
// Firefox before 140) get the same words wrapped in <mark>, which screen readers announce as highlighted too.
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
/** Wraps the text a range covers in <mark> elements, one per text node it crosses. */
function markRange(range: Range) {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  // The root itself when the range lies in one text node.
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node instanceof Text && range.intersectsNode(node)) nodes.push(node);
  }
  for (const node of nodes) {
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.length;
    if (end <= start) continue;
    const hit = start > 0 ? node.splitText(start) : node;
    if (end - start < hit.length) hit.splitText(end - start);
    const mark = document.createElement('mark');
    mark.className = 'search-hit';
    hit.replaceWith(mark);
    mark.append(hit);
  }
}

if (query.words.length > 0) {
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
    if (CSS.highlights && typeof Highlight === 'function') CSS.highlights.set('search-hit', new Highlight(...ranges));
    // Live ranges follow the text as earlier marks split it, so each is still where it was.
    else ranges.forEach(markRange);
    toast(highlightMessage(query, ranges.length));
  }
}
