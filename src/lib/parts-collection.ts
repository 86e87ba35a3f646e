import { getCollection } from 'astro:content';
import { sortParts } from './parts';

/** Every part of the handbook (the `parts` content collection), in reading order. */
export const getPartsInOrder = async () => sortParts(await getCollection('parts'));
