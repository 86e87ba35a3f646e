import type { Citation } from '../../lib/figures';
import { Quote } from '../Quote';

/**
 * The handbook's words for a rule or figure. The link is a bare #anchor: every widget cites the part it sits in, and a
 * path would reload the page and drop the form in the address.
 */
export function RuleQuote({ citation, lead = '手册原文：' }: { citation: Citation; lead?: string }) {
  return <Quote words={citation.quote} href={`#${citation.anchor}`} lead={lead} />;
}
