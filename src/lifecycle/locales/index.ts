import { en } from './en';
import { fi } from './fi';
import { sv } from './sv';

export const lifecycleCatalogue = { fi, sv, en };
