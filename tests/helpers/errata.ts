import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { errataEntrySchema, type ErrataEntry } from '../../src/schemas/errata';
import { applyErrata } from '../../src/lib/errata';
import { stripWhitespace } from '../../src/lib/text';
import { readSource } from './handbook';

/** content/errata.yaml, validated by the same schema the site uses. */
export const readErrata = (): ErrataEntry[] =>
  errataEntrySchema.array().parse(parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'errata.yaml'), 'utf8')));

/** The text the site must print: the source with the errata applied, whitespace removed. */
export const expectedText = (): string => stripWhitespace(applyErrata(readSource(), readErrata()));
