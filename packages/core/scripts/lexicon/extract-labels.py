#!/usr/bin/env python3
"""Extracts CTA labels per intent and language from storefront translation files.

Reads the snapshots `fetch` brings under /work/.mirror (bare git dirs), picks the translation keys
whose English text is a CTA label of a known intent (EN_INTENTS, exact after normalisation), and
writes, per source, packages/core/test/classify/lexicon/labels/<source>.json: every translation
of those keys, as [language, intent, label, key]. The lexicon's source modules are generated
from these files by build-sources.mjs. Run: python3 packages/core/scripts/lexicon/extract-labels.py
"""
import json, os, re, subprocess, sys, unicodedata

MIRROR = os.environ.get('CAIRN_MIRROR', '/work/.mirror')
OUT = os.path.join(os.path.dirname(__file__), '../../test/classify/lexicon/labels')

# English label (normalised) → intent. Exact matches only: a key is taken when its English text is one of these.
EN_INTENTS = {
    'add-to-cart': ['add to cart', 'add to basket', 'add to bag', 'add to shopping cart', 'add item to cart', 'add to my cart'],
    'view-cart': ['cart', 'view cart', 'shopping cart', 'your cart', 'my cart', 'view and edit cart', 'go to cart', 'view shopping cart', 'view basket', 'basket'],
    'checkout': ['checkout', 'check out', 'proceed to checkout', 'place order', 'place your order', 'buy now', 'pay', 'pay now', 'complete order', 'complete purchase', 'confirm order', 'go to checkout', 'continue to checkout', 'proceed to payment', 'buy', 'purchase', 'order now', 'complete checkout'],
    'sign-up': ['sign up', 'register', 'create account', 'create an account', 'create your account', 'create new account', 'create a new account', 'new customer', 'register now', 'registration', 'signup', 'join'],
    'sign-in': ['login', 'log in', 'sign in', 'my account', 'customer login', 'signin', 'returning customer', 'account login', 'login to your account', 'sign in to your account', 'my profile'],
    'subscribe': ['subscribe', 'newsletter', 'subscribe to newsletter', 'subscribe to our newsletter', 'sign up for newsletter', 'notify me', 'notify me when available'],
    'details': ['view details', 'details', 'product details', 'more details', 'learn more', 'read more', 'more info', 'view product', 'compare', 'add to compare', 'compare products', 'add to comparison', 'show details', 'see details', 'choose options', 'select options', 'quick view', 'more information'],
    'search': ['search', 'search products', 'search for products'],
    'wishlist': ['wishlist', 'add to wishlist', 'wish list', 'add to wish list', 'my wishlist', 'move to wishlist', 'save for later', 'add to favorites', 'favorites', 'my wishlists'],
    'share': ['share', 'share this product', 'share on facebook', 'share on twitter', 'share wishlist'],
    'review': ['write a review', 'write review', 'add review', 'add your review', 'write your own review', 'submit review', 'leave a review', 'review this product', 'add a review', 'write a product review', 'post review'],
    'refer': ['invite', 'invite a friend', 'refer a friend', 'invite friends'],
    'orders': ['order history', 'my orders', 'orders', 'reorder', 'order again', 'track order', 'track my order', 'track your order', 'returns', 'return', 'my returns', 'order status', 'view order', 'order details', 'return items', 'request return', 'cancel order', 'return authorization', 'buy again'],
    'account': ['address book', 'addresses', 'my addresses', 'account details', 'account information', 'edit account', 'change password', 'forgot password', 'forgot your password', 'reset password', 'profile', 'edit profile', 'personal information', 'add address', 'add new address', 'account settings', 'my account information'],
    'support': ['contact us', 'customer service', 'help', 'support', 'contact', 'faq', 'help center'],
    'content': ['read article', 'watch video', 'blog'],
    'noise': ['cancel', 'close', 'back', 'filter', 'filters', 'sort', 'sort by', 'reset', 'clear', 'clear all', 'menu', 'delete', 'remove', 'edit', 'update', 'previous', 'next page', 'previous page', 'language', 'currency', 'load more', 'show more', 'view more', 'show less', 'go back', 'clear filters', 'reset filters', 'apply filters', 'select language', 'select currency', 'change language', 'change currency', 'dismiss', 'quantity', 'toggle navigation', 'grid', 'list', 'remove item', 'empty cart', 'clear cart', 'update cart', 'first', 'last', 'yes', 'no', 'accept', 'decline'],
    'generic': ['continue', 'next', 'submit', 'ok', 'save', 'confirm', 'send', 'apply', 'proceed', 'done', 'select', 'choose', 'save changes', 'save and continue'],
}
EN = {words: intent for intent, list in EN_INTENTS.items() for words in list}

# Locale codes of the files → our language tags (others are skipped).
LANGS = {
    'en': 'en', 'en_US': 'en', 'en-GB': 'en', 'en_GB': 'en', 'de': 'de', 'de_CH': 'de', 'de-CH': 'de', 'fr': 'fr', 'es': 'es', 'es-MX': 'es', 'es_MX': 'es',
    'it': 'it', 'ru': 'ru', 'pt_BR': 'pt-BR', 'pt-BR': 'pt-BR', 'pt': 'pt-PT', 'pt_PT': 'pt-PT', 'nl': 'nl', 'pl': 'pl', 'sv': 'sv', 'da': 'da',
    'nb': 'nb', 'no': 'nb', 'fi': 'fi', 'cs': 'cs', 'sk': 'sk', 'tr': 'tr', 'ro': 'ro', 'hu': 'hu', 'hr': 'hr', 'bg': 'bg', 'el': 'el',
    'ja': 'ja', 'ko': 'ko', 'zh_CN': 'zh-CN', 'zh-CN': 'zh-CN', 'zh-Hans': 'zh-CN', 'zh_TW': 'zh-TW', 'zh-TW': 'zh-TW', 'zh-Hant': 'zh-TW',
    'th': 'th', 'vi': 'vi', 'id': 'id', 'lt': 'lt', 'sl': 'sl', 'sl-SI': 'sl', 'uk': 'uk', 'ar': 'ar', 'he': 'he',
}

def norm(text):
    text = unicodedata.normalize('NFD', text)
    text = ''.join(c for c in text if not unicodedata.category(c).startswith('M')).lower()
    return ' '.join(re.sub(r'[^\w]+|_', ' ', text).split())

def git(repo, *args):
    return subprocess.run(['git', '-C', f'{MIRROR}/{repo}/repo', *args], capture_output=True, text=True, check=True).stdout

def files(repo, pattern):
    return [p for p in git(repo, 'ls-tree', '-r', 'HEAD', '--name-only').splitlines() if re.search(pattern, p)]

def flatten(tree, prefix=''):
    out = {}
    if isinstance(tree, dict):
        for k, v in tree.items():
            out.update(flatten(v, f'{prefix}.{k}' if prefix else str(k)))
    elif isinstance(tree, str):
        out[prefix] = tree
    return out

def yaml_file(repo, path):
    import yaml
    return yaml.safe_load(git(repo, 'show', f'HEAD:{path}')) or {}

def php_array(repo, path):
    """The nested `'key' => 'value'` arrays of a Laravel lang file, flattened."""
    out, stack = {}, []
    for line in git(repo, 'show', f'HEAD:{path}').splitlines():
        m = re.match(r"\s*'([^']+)'\s*=>\s*\[\s*$", line)
        if m:
            stack.append(m.group(1)); continue
        m = re.match(r"\s*'([^']+)'\s*=>\s*(['\"])(.*)\2\s*,?\s*$", line)
        if m:
            out['.'.join(stack + [m.group(1)])] = m.group(3).replace("\\'", "'"); continue
        if re.match(r'\s*\],?\s*$', line) and stack:
            stack.pop()
    return out

def usable(label):
    return label and not re.search(r'[%{}<>|:]|\$|\\n', label) and len(label) <= 60 and len(label.split()) <= 7

def from_english(per_lang, key_filter=lambda k: True):
    """Keys whose English text is a label of a known intent → [lang, intent, label, key] for each language."""
    english = per_lang.get('en', {})
    rows = []
    for key, text in english.items():
        if not key_filter(key) or not usable(text):
            continue
        intent = EN.get(norm(text).rstrip())
        if intent is None:
            continue
        for lang, strings in sorted(per_lang.items()):
            label = strings.get(key)
            if isinstance(label, str) and usable(label.strip()):
                rows.append([lang, intent, label.strip(), key])
    return rows

def from_key_names(per_lang, key_filter):
    """For sources without an English file (spree_i18n): the key's last segment, humanised, is the English text."""
    rows = []
    keys = set(k for strings in per_lang.values() for k in strings)
    for key in sorted(keys):
        if not key_filter(key):
            continue
        intent = EN.get(norm(key.rsplit('.', 1)[-1]))
        if intent is None:
            continue
        for lang, strings in sorted(per_lang.items()):
            label = strings.get(key)
            if isinstance(label, str) and usable(label.strip()):
                rows.append([lang, intent, label.strip(), key])
    return rows

def sylius():
    per_lang, paths = {}, set()
    for path in files('Sylius+Sylius', r'Bundle/(Shop|Ui|Core|User|Review|Customer|Addressing)Bundle/Resources/translations/messages\.[A-Za-z_]+\.yml$'):
        locale = re.search(r'messages\.([A-Za-z_]+)\.yml$', path).group(1)
        if locale not in LANGS:
            continue
        paths.add(re.sub(r'messages\.[A-Za-z_]+\.yml$', 'messages.<locale>.yml', path))
        tree = yaml_file('Sylius+Sylius', path)
        per_lang.setdefault(LANGS[locale], {}).update(flatten(tree))
    return 'github:Sylius/Sylius', sorted(paths), from_english(per_lang)

def spree_like(repo, name):
    per_lang, locales = {}, []
    for path in files(repo, r'^config/locales/[A-Za-z_-]+\.yml$'):
        locale = re.search(r'([A-Za-z_-]+)\.yml$', path).group(1)
        if locale not in LANGS:
            continue
        tree = yaml_file(repo, path)
        root = tree.get(locale) or next(iter(tree.values()), {})
        per_lang.setdefault(LANGS[locale], {}).update(flatten(root.get('spree', {}), 'spree'))
    # Only the spree.<key> labels of the storefront, not model attribute names.
    return f'github:{name}', ['config/locales/<locale>.yml'], from_key_names(per_lang, lambda k: k.count('.') <= 1)

def bagisto():
    per_lang = {}
    for path in files('bagisto+bagisto', r'packages/Webkul/Shop/src/Resources/lang/[A-Za-z_]+/app\.php$'):
        locale = path.split('/')[-2]
        if locale not in LANGS:
            continue
        per_lang.setdefault(LANGS[locale], {}).update(php_array('bagisto+bagisto', path))
    return 'github:bagisto/bagisto', ['packages/Webkul/Shop/src/Resources/lang/<locale>/app.php'], from_english(per_lang)

# Magento 2 language packs: one repository per locale, CSV rows "English","Translation"[,…].
MAGENTO = [
    ('eusonlito+magento2-language-es_es', 'eusonlito/magento2-language-es_es', 'es_ES/all.csv', 'es'),
    ('hidonet+magento2-language-tr_tr', 'hidonet/magento2-language-tr_tr', 'tr_TR.csv', 'tr'),
    ('nallias+magento2-language-fr-fr', 'nallias/magento2-language-fr-fr', 'dictionary.csv', 'fr'),
    ('natsraa+magento2-language-th_th', 'natsraa/magento2-language-th_th', 'th_TH.csv', 'th'),
    ('artera+magento-2-language-pack-italiano', 'artera/magento-2-language-pack-italiano', 'it_IT.csv', 'it'),
    ('ecomni+magento2-language-pack-de-ch', 'ecomni/magento2-language-pack-de-ch', 'de_CH.csv', 'de'),
]

def magento():
    import csv, io
    rows, repos, paths = [], [], []
    for mirror, name, path, lang in MAGENTO:
        gitdir = f'{MIRROR}/{mirror}/repo'
        if os.path.isdir(f'{gitdir}/.git'):
            gitdir += '/.git'
        text = subprocess.run(['git', '--git-dir', gitdir, 'show', f'HEAD:{path}'], capture_output=True, text=True, check=True).stdout
        repos.append(f'github:{name}')
        paths.append(f'{name}:{path}')
        for row in csv.reader(io.StringIO(text)):
            if len(row) < 2 or not usable(row[0]) or not usable(row[1].strip()):
                continue
            intent = EN.get(norm(row[0]))
            if intent is not None:
                rows.append([lang, intent, row[1].strip(), row[0]])
    return ', '.join(repos), paths, rows

SOURCES = {
    'magento': magento,
    'sylius': sylius,
    'spree': lambda: spree_like('spree-contrib+spree_i18n', 'spree-contrib/spree_i18n'),
    'solidus': lambda: spree_like('solidusio+solidus_i18n', 'solidusio/solidus_i18n'),
    'bagisto': bagisto,
}

if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    for source, read in SOURCES.items():
        if len(sys.argv) > 1 and source not in sys.argv[1:]:
            continue
        repo, paths, rows = read()
        # One row per distinct (language, intent, label); the first key that gave it.
        seen, labels = set(), []
        for lang, intent, label, key in rows:
            if (lang, intent, label) in seen:
                continue
            seen.add((lang, intent, label))
            labels.append([lang, intent, label, key])
        with open(os.path.join(OUT, f'{source}.json'), 'w') as f:
            json.dump({'source': source, 'repo': repo, 'paths': paths, 'labels': labels}, f, ensure_ascii=False, indent=0)
            f.write('\n')
        langs = sorted(set(r[0] for r in labels))
        print(f'{source}: {len(labels)} labels, {len(langs)} languages: {" ".join(langs)}')
