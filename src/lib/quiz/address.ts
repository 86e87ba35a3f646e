/** The quiz's pages, site-relative: self-check (自测), the projector (支部学习) and the printable sheet (答题纸). */
export const quizPages = {
  selfCheck: '/quiz/',
  presenter: '/quiz/present/',
  sheet: '/quiz/print/',
} as const;

/** The query parameter that carries a set's code, as in /quiz/?set=d-7k3f. */
export const setParameter = 'set';

/** The site-relative address of a set on one of the quiz's pages: /quiz/?set=d-7k3f. */
export const setAddress = (page: keyof typeof quizPages, code: string): string =>
  `${quizPages[page]}?${new URLSearchParams({ [setParameter]: code })}`;

/** The set code in an address's query string (location.search), or null when there is none. */
export const codeInAddress = (search: string): string | null => new URLSearchParams(search).get(setParameter);
