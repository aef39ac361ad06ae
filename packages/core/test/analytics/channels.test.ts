import { describe, expect, it } from 'vitest';
import { CHANNELS, channelOf, groupChannel, sourceCategory, trafficSourceOf, type Channel, type TrafficInput } from '../../src/index.js';
import { sourceTableSizes } from '../../src/analytics/channels/source-categories.js';

const cases: readonly [string, TrafficInput, Channel][] = [
  ['nothing at all', {}, 'Direct'],
  ['a Google referrer', { referrer: 'https://www.google.com/' }, 'Organic Search'],
  ['a Google country domain', { referrer: 'https://www.google.co.uk/search?q=x' }, 'Organic Search'],
  ['Bing', { referrer: 'https://www.bing.com/' }, 'Organic Search'],
  ['DuckDuckGo', { referrer: 'https://duckduckgo.com/' }, 'Organic Search'],
  ['Yahoo search subdomain', { referrer: 'https://uk.search.yahoo.com/' }, 'Organic Search'],
  ['Yandex', { referrer: 'https://yandex.ru/' }, 'Organic Search'],
  ['Gmail is not a search engine', { referrer: 'https://mail.google.com/' }, 'Referral'],
  ['Facebook link shim', { referrer: 'https://l.facebook.com/l.php' }, 'Organic Social'],
  ['t.co', { referrer: 'https://t.co/abc' }, 'Organic Social'],
  ['Pinterest country domain', { referrer: 'https://www.pinterest.fr/' }, 'Organic Social'],
  ['Reddit subdomain', { referrer: 'https://old.reddit.com/r/x' }, 'Organic Social'],
  ['YouTube', { referrer: 'https://m.youtube.com/watch' }, 'Organic Video'],
  ['Vimeo', { referrer: 'https://vimeo.com/1' }, 'Organic Video'],
  ['Amazon country domain', { referrer: 'https://www.amazon.de/' }, 'Organic Shopping'],
  ['eBay', { referrer: 'https://www.ebay.com/itm/1' }, 'Organic Shopping'],
  ['any other site', { referrer: 'https://blog.example.org/post' }, 'Referral'],
  ['UTM google / cpc', { utm: { source: 'google', medium: 'cpc' } }, 'Paid Search'],
  ['UTM case does not matter', { utm: { source: 'Google', medium: 'CPC' } }, 'Paid Search'],
  ['UTM facebook / paid_social', { utm: { source: 'facebook', medium: 'paid_social' } }, 'Paid Social'],
  ['UTM youtube / cpv', { utm: { source: 'youtube', medium: 'cpv' } }, 'Paid Video'],
  ['campaign with "shopping" beats Paid Search', { utm: { source: 'google', medium: 'cpc', campaign: 'shopping_q4' } }, 'Paid Shopping'],
  ['cross-network campaign first of all', { utm: { source: 'google', medium: 'cpc', campaign: 'pmax-cross-network' } }, 'Cross-network'],
  ['google / cpm is Paid Search (cpm matches .*cp.*)', { utm: { source: 'google', medium: 'cpm' } }, 'Paid Search'],
  ['unknown source / cpm is Display', { utm: { source: 'adnet', medium: 'cpm' } }, 'Display'],
  ['banner', { utm: { source: 'adnet', medium: 'banner' } }, 'Display'],
  ['retargeting is paid', { utm: { source: 'adnet', medium: 'retargeting' } }, 'Paid Other'],
  ['medium organic', { utm: { source: 'some-engine', medium: 'organic' } }, 'Organic Search'],
  ['medium social', { utm: { source: 'forum', medium: 'social' } }, 'Organic Social'],
  ['medium with video', { utm: { source: 'tv', medium: 'video-pre-roll' } }, 'Organic Video'],
  ['shop campaign without paid medium', { utm: { source: 'partner', medium: 'link', campaign: 'summer shop' } }, 'Organic Shopping'],
  ['medium referral', { utm: { source: 'partner', medium: 'referral' } }, 'Referral'],
  ['medium app', { utm: { source: 'partner', medium: 'app' } }, 'Referral'],
  ['email medium', { utm: { source: 'newsletter', medium: 'email' } }, 'Email'],
  ['e-mail source', { utm: { source: 'e-mail', medium: 'blast' } }, 'Email'],
  ['affiliate', { utm: { source: 'partner', medium: 'affiliate' } }, 'Affiliates'],
  ['audio', { utm: { source: 'spotify-ads', medium: 'audio' } }, 'Audio'],
  ['sms', { utm: { source: 'sms', medium: 'text' } }, 'SMS'],
  ['push', { utm: { source: 'app', medium: 'web-push' } }, 'Mobile Push Notifications'],
  ['notification', { utm: { source: 'app', medium: 'in-app-notification' } }, 'Mobile Push Notifications'],
  ['source without medium', { utm: { source: 'newsletter' } }, 'Unassigned'],
  ['unknown medium', { utm: { source: 'foo', medium: 'bar' } }, 'Unassigned'],
  ['gclid', { url: 'https://shop.example/?gclid=abc' }, 'Paid Search'],
  ['gclid with a Google referrer', { url: 'https://shop.example/?gclid=abc', referrer: 'https://www.google.com/' }, 'Paid Search'],
  ['gbraid', { url: 'https://shop.example/?gbraid=abc' }, 'Paid Search'],
  ['wbraid', { url: 'https://shop.example/?x=1&wbraid=abc' }, 'Paid Search'],
  ['msclkid', { url: 'https://shop.example/?msclkid=abc' }, 'Paid Search'],
  ['fbclid', { url: 'https://shop.example/p?fbclid=abc', referrer: 'https://l.facebook.com/' }, 'Paid Social'],
  ['li_fat_id', { url: 'https://shop.example/?li_fat_id=abc' }, 'Paid Social'],
  ['dclid', { url: 'https://shop.example/?dclid=abc' }, 'Display'],
  ['UTMs win over a click id', { url: 'https://shop.example/?gclid=abc', utm: { source: 'newsletter', medium: 'email' } }, 'Email'],
  ['same-site referrer is internal', { url: 'https://shop.example/b', referrer: 'https://shop.example/a' }, 'Direct'],
  ['www and bare host are one site', { url: 'https://shop.example/b', referrer: 'https://www.shop.example/a' }, 'Direct'],
  ['payment provider coming back', { url: 'https://shop.example/thanks', referrer: 'https://checkout.stripe.com/pay' }, 'Direct'],
];

describe('channelOf (GA4 default channel group)', () => {
  it.each(cases)('%s', (_label, input, channel) => {
    expect(channelOf(input)).toBe(channel);
  });

  it('lists the 19 GA4 channels in rule order', () => {
    expect(CHANNELS).toHaveLength(19);
    expect(CHANNELS[0]).toBe('Direct');
    expect(CHANNELS[CHANNELS.length - 1]).toBe('Unassigned');
  });

  it('carries sizable source tables', () => {
    const sizes = sourceTableSizes();
    expect(sizes.search).toBeGreaterThan(120);
    expect(sizes.social).toBeGreaterThan(120);
    expect(sizes.video).toBeGreaterThan(50);
    expect(sizes.shopping).toBeGreaterThan(60);
  });

  it('knows sources by name and by host, and leaves strangers alone', () => {
    expect(sourceCategory('ig')).toBe('social');
    expect(sourceCategory('news.google.com')).toBe('search');
    expect(sourceCategory('music.youtube.com')).toBe('video');
    expect(sourceCategory('example.com')).toBeNull();
    expect(sourceCategory('')).toBeNull();
  });

  it('groups a source/medium/campaign triple directly', () => {
    expect(groupChannel({ source: '(direct)', medium: '(none)', campaign: '(not set)' })).toBe('Direct');
    expect(groupChannel({ source: 'bing', medium: 'ppc', campaign: '' })).toBe('Paid Search');
  });
});

describe('trafficSourceOf', () => {
  it('returns null for internal navigation, so it starts no touchpoint', () => {
    expect(trafficSourceOf({ url: 'https://shop.example/b', referrer: 'https://shop.example/a' })).toBeNull();
    expect(trafficSourceOf({ referrer: 'https://blog.shop.example/a' }, { siteHost: 'shop.example' })).toBeNull();
  });

  it('uses the site host option when the event has no url', () => {
    expect(trafficSourceOf({ referrer: 'https://shop.example/a' })).toMatchObject({ channel: 'Referral', source: 'shop.example' });
    expect(trafficSourceOf({ referrer: 'https://shop.example/a' }, { siteHost: 'shop.example' })).toBeNull();
  });

  it('names source, medium and campaign', () => {
    expect(trafficSourceOf({ referrer: 'https://www.google.de/' })).toEqual({
      channel: 'Organic Search',
      source: 'google.de',
      medium: 'organic',
      campaign: '(not set)',
    });
    expect(trafficSourceOf({ url: 'https://s.example/?msclkid=1' })).toEqual({
      channel: 'Paid Search',
      source: 'bing',
      medium: 'cpc',
      campaign: '(not set)',
    });
    expect(trafficSourceOf({ utm: { source: 'news', medium: 'email', campaign: 'Spring' } })).toEqual({
      channel: 'Email',
      source: 'news',
      medium: 'email',
      campaign: 'Spring',
    });
    expect(trafficSourceOf({})).toEqual({ channel: 'Direct', source: '(direct)', medium: '(none)', campaign: '(not set)' });
  });

  it('survives malformed URLs', () => {
    expect(channelOf({ referrer: 'not a url', url: '%%%?gclid=%E0%A4%A' })).toBe('Paid Search');
    expect(channelOf({ referrer: 'https://[::1]:8080/x' })).toBe('Referral');
  });
});
