/**
 * Which sources are search engines, social networks, video or shopping sites: the lists of
 * Google's "source categories" sheet behind the GA4 default channel group
 * (support.google.com/analytics/answer/9756891), with a few newer sites added
 * (threads.net, bsky.app, search.brave.com, marketplaces and price comparison sites, …). Entries are bare names (`utm_source=facebook`)
 * or hosts (`l.facebook.com`); {@link sourceCategory} also matches `brand.ccTLD` hosts of the
 * big brands (google.co.uk, amazon.de, pinterest.fr).
 */

/** The four source categories GA4's channel rules test. */
export type SourceCategory = 'search' | 'social' | 'video' | 'shopping';

const SEARCH = `360.cn alice aol ar.search.yahoo.com ask at.search.yahoo.com au.search.yahoo.com auone avg
babylon baidu biglobe biglobe.co.jp biglobe.ne.jp bing br.search.yahoo.com brave ca.search.yahoo.com cn.bing.com
cnn conduit daum daum.net de.search.yahoo.com dogpile duckduckgo duckduckgo.com ecosia ecosia.org
email.seznam.cz eniro es.search.yahoo.com espanol.search.yahoo.com exalead.com excite.com fr.search.yahoo.com
globo go.mail.ru google google-play hk.search.yahoo.com id.search.yahoo.com in.search.yahoo.com incredimail
it.search.yahoo.com kvasir lens.google.com lite.qwant.com lycos m.baidu.com m.naver.com m.search.naver.com
m.sogou.com mail.rambler.ru mail.yandex.ru malaysia.search.yahoo.com msn msn.com mx.search.yahoo.com najdi
naver naver.com news.google.com nl.search.yahoo.com no.search.yahoo.com ntp.msn.com onet onet.pl
pe.search.yahoo.com ph.search.yahoo.com pl.search.yahoo.com play.google.com qwant qwant.com rakuten
rakuten.co.jp rambler search-results search.aol.co.uk search.aol.com search.brave.com search.google.com
search.smt.docomo.ne.jp search.ukr.net se.search.yahoo.com searchya secureurl.ukr.net seznam seznam.cz
sg.search.yahoo.com so.com sogou sogou.com sp-web.search.auone.jp startpage startpage.com startsiden
startsiden.no suche.aol.de terra th.search.yahoo.com tr.search.yahoo.com tut.by tw.search.yahoo.com
uk.search.yahoo.com ukr us.search.yahoo.com virgilio vn.search.yahoo.com wap.sogou.com webmaster.yandex.ru
websearch.rakuten.co.jp yahoo yahoo.co.jp yahoo.com yandex yandex.by yandex.com yandex.com.tr yandex.fr
yandex.kz yandex.ru yandex.ua yandex.uz zen.yandex.ru search.yahoo.com bing.com`;

const SOCIAL = `43things 43things.com 51.com 5ch.net academia.edu activerain activerain.com activeworlds
activeworlds.com addthis addthis.com ameba.jp ameblo.jp answers.yahoo.com away.vk.com b.hatena.ne.jp
badoo badoo.com bebo bebo.com blog.feedspot.com blogger blogger.com bluesky bookmarks.yahoo.com bsky.app
buzzfeed buzzfeed.com classmates classmates.com deviantart deviantart.com digg digg.com discord
discord.com disqus disqus.com douban douban.com facebook facebook.com fb fb.me flickr flickr.com
foursquare foursquare.com getpocket.com glassdoor glassdoor.com goodreads goodreads.com habbo habbo.com
hatena hootsuite hootsuite.com ig instagram instagram.com l.facebook.com l.instagram.com lm.facebook.com
line line.me linkedin linkedin.com linktr.ee lnkd.in m.facebook.com mastodon mastodon.social medium.com
meetup meetup.com messenger messenger.com mix.com news.ycombinator.com nextdoor nextdoor.com ok.ru
pinterest pinterest.com pinterest.co.uk pinterest.de pinterest.fr plus.google.com qq qq.com quora
quora.com reddit reddit.com old.reddit.com out.reddit.com skype slack slack.com snapchat snapchat.com
stackexchange.com stackoverflow stackoverflow.com t.co t.me telegram telegram.org threads threads.net
tiktok tiktok.com tumblr tumblr.com twitter twitter.com x.com vk.com vkontakte wechat weibo weibo.com
whatsapp whatsapp.com web.whatsapp.com xing xing.com yelp yelp.com zalo`;

const VIDEO = `blog.twitch.tv bilibili bilibili.com crackle crackle.com curiositystream curiositystream.com
d.tube dailymotion dailymotion.com dashboard.twitch.tv disneyplus disneyplus.com fast.wistia.net
help.hulu.com help.netflix.com hulu hulu.com id.twitch.tv iq.com iqiyi iqiyi.com jobs.netflix.com justin.tv
m.twitch.tv m.youtube.com music.youtube.com netflix netflix.com nicovideo.jp player.twitch.tv
player.vimeo.com rumble rumble.com ted ted.com twitch twitch.tv utreon utreon.com veoh veoh.com
viadeo.journaldunet.com vimeo vimeo.com wistia wistia.com youku youku.com youtu.be youtube youtube.com`;

const SHOPPING = `igshopping aax-us-east.amazon-adsystem.com aax.amazon-adsystem.com alibaba
alibaba.com aliexpress aliexpress.com amazon amazon.co.uk amazon.com apps.shopify.com bestbuy bestbuy.com
checkout.shopify.com checkout.stripe.com cr.shopping.naver.com cr2.shopping.naver.com ebay ebay.co.uk
ebay.com ebay.com.au ebay.de etsy etsy.com m.alibaba.com m.shopping.naver.com mercadolibre
mercadolibre.com mercadolibre.com.ar mercadolibre.com.mx message.alibaba.com msearch.shopping.naver.com
nl.shopping.net no.shopping.net offer.alibaba.com one.walmart.com order.shopping.yahoo.co.jp
partners.shopify.com s3.amazonaws.com se.shopping.net shop.app shopify shopify.com shopping.naver.com
shopping.yahoo.co.jp shopping.yahoo.com shopzilla shopzilla.com simplycodes.com store.shopping.yahoo.co.jp
stripe stripe.com target target.com uk.shopping.net walmart walmart.com allegro.pl asos.com bol.com
idealo.de kelkoo.com pricerunner.com shopping.google.com temu.com zalando.de`;

/** Brands whose every country domain (`brand.tld`, `brand.co.tld`) belongs to one category. */
const BRANDS: Record<string, SourceCategory> = {
  google: 'search',
  bing: 'search',
  yahoo: 'search',
  yandex: 'search',
  baidu: 'search',
  duckduckgo: 'search',
  ecosia: 'search',
  naver: 'search',
  seznam: 'search',
  sogou: 'search',
  qwant: 'search',
  startpage: 'search',
  facebook: 'social',
  instagram: 'social',
  pinterest: 'social',
  linkedin: 'social',
  reddit: 'social',
  twitter: 'social',
  tiktok: 'social',
  youtube: 'video',
  vimeo: 'video',
  dailymotion: 'video',
  twitch: 'video',
  amazon: 'shopping',
  ebay: 'shopping',
  etsy: 'shopping',
  walmart: 'shopping',
  aliexpress: 'shopping',
  mercadolibre: 'shopping',
};

function table(category: SourceCategory, list: string): [string, SourceCategory][] {
  return list
    .split(/\s+/)
    .filter((s) => s !== '')
    .map((s) => [s, category]);
}

// Google's sheet lists a few hosts in two categories; GA4 tests shopping first, so it wins,
// then social, video, search (the organic rule order).
const CATEGORY_OF = new Map<string, SourceCategory>([
  ...table('search', SEARCH),
  ...table('video', VIDEO),
  ...table('social', SOCIAL),
  ...table('shopping', SHOPPING),
]);
// One entry of Google's sheet has a space.
CATEGORY_OF.set('google shopping', 'shopping');

/** How many sources the tables know, by category (for the docs and tests). */
export function sourceTableSizes(): Record<SourceCategory, number> {
  const sizes: Record<SourceCategory, number> = { search: 0, social: 0, video: 0, shopping: 0 };
  for (const category of CATEGORY_OF.values()) sizes[category]++;
  return sizes;
}

/** `google.co.uk` → `google`; `amazon.de` → `amazon`: the label before a one- or two-label suffix. */
const BRAND_HOST = /^(?:www\d?\.|m\.|l\.|lm\.)?([a-z0-9-]+)\.(?:[a-z]{2,3}|(?:co|com|ne|or)\.[a-z]{2})$/;

/**
 * The category of a source: a `utm_source` value or a referrer host, any case.
 * Tries the exact entry, then the host without `www.`-like prefixes and its parent domains,
 * then the brand rule; `null` when the source is none of the four.
 */
export function sourceCategory(source: string): SourceCategory | null {
  // Logs repeat a few hundred sources millions of times: remember the answers.
  const known = CATEGORY_CACHE.get(source);
  if (known !== undefined) return known;
  const category = lookUp(source);
  if (CATEGORY_CACHE.size >= CACHE_SIZE) CATEGORY_CACHE.clear();
  CATEGORY_CACHE.set(source, category);
  return category;
}

const CACHE_SIZE = 10_000;
const CATEGORY_CACHE = new Map<string, SourceCategory | null>();

function lookUp(source: string): SourceCategory | null {
  const s = source.trim().toLowerCase();
  if (s === '') return null;
  const exact = CATEGORY_OF.get(s);
  if (exact) return exact;
  if (s.includes('.')) {
    const labels = s.split('.');
    for (let i = 1; i < labels.length - 1; i++) {
      // A subdomain of a listed host (foo.reddit.com). mail.google.com stays unmatched:
      // the sheet lists the name "google", not the domain google.com.
      const parent = CATEGORY_OF.get(labels.slice(i).join('.'));
      if (parent) return parent;
    }
    const brand = BRAND_HOST.exec(s);
    if (brand && brand[1] !== undefined) return BRANDS[brand[1]] ?? null;
  }
  return null;
}
