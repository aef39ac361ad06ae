/**
 * Cairn's own words that settle labels a shorter word would misread: "Empty cart" is not the cart,
 * "Order details" not a product's details, "Cancel order" not a new order, Italian "Ordina" alone
 * both orders and sorts (left null), "Read more" is details as in the first rule table.
 */
import type { LexiconWords } from '../../types.js';

// Language and currency pickers name languages by their own names and currencies by code: noise
// in every language, whatever page they are on.
const LANGUAGE_NAMES = [
  'english', 'deutsch', 'français', 'español', 'italiano', 'русский', 'português', 'português brasil', 'nederlands', 'polski', 'svenska',
  'dansk', 'norsk', 'norsk bokmål', 'suomi', 'čeština', 'slovenčina', 'türkçe', 'română', 'magyar', 'hrvatski', 'slovenščina', 'български',
  'ελληνικά', '日本語', '한국어', '中文', '简体中文', '繁體中文', 'ไทย', 'tiếng việt', 'bahasa indonesia', 'lietuvių', 'українська', 'العربية', 'עברית',
];
const CURRENCIES = ['usd', 'eur', 'gbp', 'cad', 'aud', 'nzd', 'jpy', 'cny', 'hkd', 'twd', 'krw', 'chf', 'sek', 'nok', 'dkk', 'pln', 'czk', 'huf', 'ron', 'bgn', 'rub', 'uah', 'inr', 'idr', 'thb', 'vnd', 'brl', 'mxn', 'ils', 'aed', 'sar', '$', '€', '£', '¥'];

export const disambiguationWords: LexiconWords = {
  en: {
    noise: ['empty cart', 'clear cart', 'update cart', 'cart is empty', 'your cart is empty', ...LANGUAGE_NAMES, ...CURRENCIES.filter((c) => /\p{L}/u.test(c))],
    // What the tracker names an element without a label by: its tag. It says nothing.
    generic: ['button', 'input', 'div', 'span', 'svg', 'img'],
  },
  de: {
    details: ['weiterlesen', 'mehr lesen'],
    noise: ['warenkorb leeren', 'warenkorb aktualisieren', 'warenkorb ist leer'],
    orders: ['details der bestellung', 'bestelldetails', 'bestellung stornieren'],
    'sign-up': ['account erstellen', 'account anlegen'],
  },
  fr: { details: ['lire la suite'], noise: ['vider le panier', 'mettre à jour le panier', 'panier vide', 'votre panier est vide'], orders: ['détails de la commande', 'annuler la commande'] },
  es: { details: ['leer más'], noise: ['vaciar carrito', 'vaciar el carrito', 'carrito vacío', 'actualizar carrito', 'tu carrito está vacío'], orders: ['detalles del pedido', 'detalles pedido', 'cancelar pedido'] },
  it: { details: ['leggi di più'], noise: ['ordina', 'svuota carrello', 'svuota il carrello', 'aggiorna carrello', 'carrello vuoto'], orders: ['dettagli ordine', "dettagli dell'ordine", 'annulla ordine'] },
  ru: { details: ['читать далее', 'читать дальше'], noise: ['корзина пуста', 'ваша корзина пуста'], orders: ['детали заказа', 'отменить заказ'] },
  'pt-BR': { noise: ['esvaziar carrinho', 'carrinho vazio', 'atualizar carrinho'], orders: ['detalhes do pedido', 'cancelar pedido'] },
  'pt-PT': { noise: ['esvaziar carrinho', 'carrinho vazio', 'atualizar carrinho'], orders: ['detalhes da encomenda', 'cancelar encomenda'] },
  nl: { noise: ['winkelwagen legen', 'winkelwagen leegmaken', 'winkelwagen bijwerken', 'winkelwagen is leeg'], orders: ['bestelgegevens', 'bestelling annuleren', 'order annuleren'] },
  hu: { noise: ['kosár ürítése', 'kosár frissítése', 'a kosár üres'], orders: ['rendelés lemondása', 'rendelés részletei'] },
  sv: { 'view-cart': ['visa och redigera varukorg'], noise: ['töm varukorgen', 'uppdatera varukorgen'] },
  ja: { checkout: ['注文を送信', '注文に進む', 'ご注文に進む'], noise: ['カートを更新'] },
  ko: { noise: ['장바구니 비우기'], orders: ['주문 상세', '주문 취소'], 'sign-up': ['계정 등록'] },
  'zh-CN': { noise: ['清空购物车', '更新购物车', '购物车是空的'] },
  'zh-TW': { noise: ['清空購物車', '更新購物車'] },
  id: { noise: ['keranjang kosong', 'kosongkan keranjang'], orders: ['pesan ulang', 'detail pesanan', 'rincian pesanan'] },
  ar: { 'sign-in': ['تسجيل دخول'], noise: ['إفراغ السلة', 'السلة فارغة'] },
};
