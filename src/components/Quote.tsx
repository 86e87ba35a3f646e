import { inQuotes } from '../lib/quote';

/**
 * The handbook's words in quotation marks (inner ones turned single), linked to the paragraph that states them: one
 * look for a widget's rule and a quiz question's source.
 */
export function Quote({ words, href, lead }: { words: string; href: string; lead?: string }) {
  return (
    <p class="quote">
      {lead && <span class="quote__lead">{lead}</span>}
      <a href={href}>{inQuotes(words)}</a>
    </p>
  );
}
