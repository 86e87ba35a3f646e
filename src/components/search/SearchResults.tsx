// The results of a search: a status line that is announced, then the exact matches: the parts in rank order, each
// with the excerpts of its matching paragraphs; or, when nothing matches exactly, the handbook's sentence that answers
// (where one paragraph clearly leads), the nearest paragraphs and the closest searches to try, each kind under its
// own label. Text goes in as text nodes only.
import { searchHref } from '../../lib/search/address';
import type { Segment } from '../../lib/search/excerpt';
import { exampleQueries, resultKinds, summary } from '../../lib/search/messages';
import type { Nearest } from '../../lib/search/nearest';
import type { SearchOutcome } from '../../lib/search/outcome';
import { queryText } from '../../lib/search/query';

/** What the results area shows: an outcome, or the state of the index before there is one. */
export type SearchState = { kind: 'outcome'; outcome: SearchOutcome } | { kind: 'loading' } | { kind: 'needs-build' };

interface Props {
  state: SearchState;
  /** The search page's path, for links to other searches. */
  searchPath: string;
  /** h2 on the search page, h3 in the dialog (whose own title is h2). */
  headingLevel: 2 | 3;
}

const Excerpt = ({ segments }: { segments: Segment[] }) => (
  <>{segments.map((s) => (s.marked ? <mark>{s.text}</mark> : s.text))}</>
);

/** Searches to try: the closest partial matches, or examples when there are none. */
function Alternatives({ outcome, searchPath }: { outcome: SearchOutcome; searchPath: string }) {
  const offers = outcome.suggestions.length > 0 ? outcome.suggestions : exampleQueries.map((text) => ({ text }));
  return (
    <ul class="search-alternatives">
      {offers.map((offer) => (
        <li key={offer.text}>
          <a href={searchHref(searchPath, offer.text)} data-search-hit data-search-suggestion={offer.text}>
            {offer.text}
          </a>
          {'count' in offer && <span class="search-count">{` ${offer.parts} 个部分，${offer.count} 处`}</span>}
        </li>
      ))}
    </ul>
  );
}

/** The nearest paragraphs, best first, after the answer's sentence when one paragraph clearly leads. */
function NearestParagraphs({ nearest, Heading }: { nearest: Nearest; Heading: 'h2' | 'h3' }) {
  const { answer, paragraphs } = nearest;
  return (
    <>
      {answer && (
        <section class="search-answer" aria-labelledby="search-answer-label">
          <Heading id="search-answer-label" class="search-kind">
            {resultKinds.answer}
          </Heading>
          <figure>
            <blockquote>
              <a href={answer.href} data-search-hit>
                <Excerpt segments={answer.sentence} />
              </a>
            </blockquote>
            <figcaption>{`——${answer.partTitle}`}</figcaption>
          </figure>
        </section>
      )}
      <Heading id="search-nearest-label" class="search-kind">
        {resultKinds.nearest}
      </Heading>
      <ol class="search-nearest" aria-labelledby="search-nearest-label">
        {paragraphs.map((p) => (
          <li key={p.id}>
            <a href={p.href} data-search-hit>
              <span class="search-nearest__part">{p.partTitle}</span>
              <Excerpt segments={p.excerpt} />
            </a>
          </li>
        ))}
      </ol>
    </>
  );
}

/** The status line before there is an outcome. */
const messages = {
  loading: '正在载入搜索……',
  'needs-build': '开发服务器没有搜索索引：搜索要在构建后的网站里用（npm run build，再 npm start）。',
};

/** The results area for one state of the search. */
export function SearchResults({ state, searchPath, headingLevel }: Props) {
  const Heading = `h${headingLevel}` as 'h2' | 'h3';
  const outcome = state.kind === 'outcome' ? state.outcome : undefined;
  const status = state.kind === 'outcome' ? summary(state.outcome) : messages[state.kind];
  return (
    <>
      <p class="search-status" role="status">
        {status}
      </p>
      {outcome && outcome.parts.length > 0 && <p class="search-kind">{resultKinds.exact}</p>}
      {outcome && outcome.parts.length > 0 && (
        <ol class="search-results" aria-label={`“${queryText(outcome.query)}”的搜索结果`}>
          {outcome.parts.map((part) => (
            <li key={part.url} class="search-part">
              <Heading class="search-part__title">
                <a href={part.href} data-search-hit>
                  {part.title}
                </a>
                <span class="search-count">{` ${part.count} 处`}</span>
              </Heading>
              <ol class="search-paragraphs">
                {part.paragraphs.map((p) => (
                  <li key={p.id}>
                    <a href={p.href} data-search-hit>
                      <Excerpt segments={p.excerpt} />
                    </a>
                    {p.count > 1 && <span class="search-count">{` 本段 ${p.count} 处`}</span>}
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      )}
      {outcome && outcome.nearest.paragraphs.length > 0 && <NearestParagraphs nearest={outcome.nearest} Heading={Heading} />}
      {outcome && outcome.parts.length === 0 && outcome.nearest.paragraphs.length > 0 && outcome.suggestions.length > 0 && (
        <p class="search-kind">{resultKinds.suggestions}</p>
      )}
      {outcome && outcome.parts.length === 0 && (outcome.nearest.paragraphs.length === 0 || outcome.suggestions.length > 0) && (
        <Alternatives outcome={outcome} searchPath={searchPath} />
      )}
    </>
  );
}
