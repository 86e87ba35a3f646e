import type { Citation } from '../../lib/figures';

/**
 * The handbook's words for a rule or figure, linked to the paragraph that states them. The link is a bare #anchor:
 * every widget cites the part it sits in, and a path would reload the page and drop the form in the address.
 */
export function Quote({ citation, lead = '手册原文：' }: { citation: Citation; lead?: string }) {
  return (
    <p class="quote">
      {lead && <span class="quote__lead">{lead}</span>}
      <a href={`#${citation.anchor}`}>“{citation.quote}”</a>
    </p>
  );
}
