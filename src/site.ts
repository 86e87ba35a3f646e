/** Site-wide words. The handbook's title is as received (content/source/handbook.txt); the rest is editorial. */
/** The title in phrases, so a large heading breaks between phrases rather than inside a word. */
const titlePhrases = ['出席党的二十大', '代表选举工作', '宣传手册'] as const;

export const site = {
  title: titlePhrases.join(''),
  titlePhrases,
  shortTitle: '二十大代表选举手册',
  description: '《出席党的二十大代表选举工作宣传手册》全文、图解与自测，供党员学习和支部学习使用。',
} as const;

/** Turns a site-relative path ('/procedure/') into one under the configured base (for sub-path deploys). */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path}`;
}
