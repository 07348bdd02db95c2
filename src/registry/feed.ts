import type { Lang, Translate } from '../platform/i18n/i18n';
import { profileActions } from './domain/changes';
import type { RegistryChange } from './service';

function xml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}

const titleKeys: Record<string, string> = {
  [profileActions.added]: 'registry:feed.added',
  [profileActions.closingAnnounced]: 'registry:feed.closingAnnounced',
  [profileActions.closed]: 'registry:feed.closed',
};

/** An Atom feed of profiles added to the registry and closings announced or done. */
export function atomFeed(input: {
  changes: RegistryChange[];
  lang: Lang;
  t: Translate;
  cityName: string;
  publicUrl: string;
}): string {
  const { changes, t, publicUrl } = input;
  const feedId = `${publicUrl}/feeds/changes.atom`;
  const updated = (changes[0]?.occurredAt ?? new Date(0)).toISOString();
  const entries = changes.map((change) => {
    const p = change.profile;
    const params = {
      name: p.displayName,
      platform: t(`registry:platform.${p.platform}`),
      date: p.closingDate ?? '',
    };
    const title = t(titleKeys[change.action] ?? 'registry:feed.added', params);
    const summaryParts = [p.purpose?.[input.lang] || p.purpose?.fi || '', p.closingReason ?? ''].filter(Boolean);
    const link = `${publicUrl}/profiles/${p.id}`;
    return [
      '  <entry>',
      `    <id>${xml(`${publicUrl}/changes/${change.id}`)}</id>`,
      `    <title>${xml(title)}</title>`,
      `    <updated>${change.occurredAt.toISOString()}</updated>`,
      `    <link rel="alternate" type="text/html" href="${xml(link)}"/>`,
      `    <summary>${xml(summaryParts.join(' — '))}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${input.lang}">`,
    `  <id>${xml(feedId)}</id>`,
    `  <title>${xml(t('registry:feed.title', { city: input.cityName }))}</title>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(feedId)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(`${publicUrl}/`)}"/>`,
    `  <author><name>${xml(input.cityName)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
