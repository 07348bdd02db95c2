import type { LabelledPost } from './labels';
import { draftPosts } from './posts-drafts';
import { englishPosts } from './posts-en';
import { finnishCityPosts } from './posts-fi-city';
import { finnishServicePosts } from './posts-fi-services';
import { swedishPosts } from './posts-sv';

export { expectedFindings, expectedVerdict, type ExpectedFinding, type LabelledPost, type PostLanguage, type Topic } from './labels';

/** Every labelled post: Finnish, Swedish, English. */
export const labelledPosts: readonly LabelledPost[] = [...finnishServicePosts, ...finnishCityPosts, ...swedishPosts, ...englishPosts, ...draftPosts];

/**
 * The city's own public contacts as the corpus is checked with them (CITY_PUBLIC_CONTACTS): the
 * switchboard, the registry office, communications and the library. Posts give them often, and
 * they are no findings; every other address and number is.
 */
export const corpusPublicContacts: readonly string[] = [
  '015 788 111',
  'kirjaamo@pieksamaki.fi',
  'viestinta@pieksamaki.fi',
  'kirjasto@pieksamaki.fi',
  '015 788 2400',
];
