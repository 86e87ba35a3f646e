// Apart from the quiz's wording (quiz/describe.ts), so that a widget quoting the handbook loads nothing of the quiz.
/** Words of the handbook in quotation marks; quotation marks within them become single ones (‘’), as in print. */
export const inQuotes = (text: string): string => `“${text.replaceAll('“', '‘').replaceAll('”', '’')}”`;
