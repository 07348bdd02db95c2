import { en } from './en';
import { fi } from './fi';
import { sv } from './sv';

/** Lookalike reasons, variant tricks and the watch list: the `lookalike` namespace. */
export const lookalikeCatalogue = { fi, sv, en };
