import { en } from './en';
import { fi } from './fi';
import { sv } from './sv';

export const contentCheckCatalogue = { fi, sv, en };
