/**
 * Cairn's own words for labels that name where they go rather than what they do: "Continue
 * shopping" goes back to the catalogue (consideration), "Back to cart" to the cart, in every
 * language. Without them the leading "continue" (generic) or "back" (noise) would decide.
 */
import type { LexiconWords } from '../../types.js';

const shopping = (details: string[], viewCart: string[] = []): { details: string[]; 'view-cart': string[] } => ({ details, 'view-cart': viewCart });

export const navigationWords: LexiconWords = {
  en: {
    ...shopping(['continue shopping', 'keep shopping', 'back to shop', 'back to store', 'view all', 'see all', 'reviews', 'read reviews', 'see reviews', 'check availability', 'pickup availability'], ['back to cart', 'return to cart', 'back to bag', 'back to basket']),
    'add-to-cart': ['quick add'],
    checkout: ['continue to shipping', 'continue to information', 'return to information', 'return to shipping', 'more payment options', 'apply discount', 'apply coupon'],
    account: ['return to account', 'back to account', 'log out', 'logout', 'sign out'],
    noise: ['unavailable', 'return to', 'back to'],
  },
  de: shopping(['weiter einkaufen', 'weiter shoppen', 'zurück zum shop', 'alle anzeigen', 'bewertungen'], ['zurück zum warenkorb']),
  fr: shopping(['continuer mes achats', 'continuer les achats', 'continuer vos achats', 'poursuivre mes achats', 'retour à la boutique', 'tout afficher', 'voir tout', 'avis'], ['retour au panier']),
  es: shopping(['seguir comprando', 'continuar comprando', 'volver a la tienda', 'ver todo', 'ver todos', 'reseñas', 'opiniones'], ['volver al carrito', 'volver a la cesta']),
  it: shopping(['continua lo shopping', 'continua gli acquisti', 'continua ad acquistare', 'torna al negozio', 'visualizza tutto', 'vedi tutto', 'recensioni'], ['torna al carrello']),
  ru: shopping(['продолжить покупки', 'вернуться в магазин', 'посмотреть все', 'смотреть все', 'отзывы'], ['вернуться в корзину']),
  'pt-BR': shopping(['continuar comprando', 'continuar a comprar', 'voltar à loja', 'ver tudo', 'ver todos', 'avaliações'], ['voltar ao carrinho']),
  'pt-PT': shopping(['continuar a comprar', 'continuar comprando', 'voltar à loja', 'ver tudo', 'ver todos', 'avaliações'], ['voltar ao carrinho']),
  nl: shopping(['verder winkelen', 'doorgaan met winkelen', 'terug naar de winkel', 'alles bekijken', 'bekijk alles', 'reviews', 'beoordelingen'], ['terug naar winkelwagen']),
  pl: shopping(['kontynuuj zakupy', 'wróć do sklepu', 'zobacz wszystko', 'wyświetl wszystko', 'opinie', 'recenzje'], ['wróć do koszyka', 'powrót do koszyka']),
  sv: shopping(['fortsätt handla', 'fortsätt shoppa', 'tillbaka till butiken', 'visa alla', 'recensioner'], ['tillbaka till varukorgen']),
  da: shopping(['fortsæt med at handle', 'shop videre', 'fortsæt indkøb', 'tilbage til butikken', 'anmeldelser'], ['tilbage til kurven']),
  nb: shopping(['fortsett å handle', 'handle videre', 'tilbake til butikken', 'anmeldelser'], ['tilbake til handlekurven']),
  fi: shopping(['jatka ostoksia', 'jatka ostoksille', 'takaisin kauppaan', 'näytä kaikki', 'katso kaikki', 'arvostelut'], ['takaisin ostoskoriin']),
  cs: shopping(['pokračovat v nákupu', 'pokračovat v nakupování', 'zpět do obchodu', 'zobrazit vše', 'recenze'], ['zpět do košíku']),
  sk: shopping(['pokračovať v nákupe', 'pokračovať v nakupovaní', 'späť do obchodu', 'zobraziť všetko', 'recenzie'], ['späť do košíka']),
  tr: shopping(['alışverişe devam et', 'alışverişe devam', 'mağazaya dön', 'tümünü görüntüle', 'tümünü gör', 'yorumlar', 'değerlendirmeler'], ['sepete dön']),
  ro: shopping(['continuă cumpărăturile', 'continuă să cumperi', 'înapoi la magazin', 'vezi tot', 'vezi toate', 'recenzii'], ['înapoi la coș']),
  hu: shopping(['vásárlás folytatása', 'tovább vásárolok', 'vissza az áruházba', 'összes megtekintése', 'vélemények'], ['vissza a kosárhoz']),
  hr: shopping(['nastavi kupovati', 'nastavi s kupnjom', 'nastavite s kupnjom', 'natrag u trgovinu', 'prikaži sve', 'pogledaj sve', 'recenzije'], ['natrag na košaricu', 'povratak u košaricu']),
  sl: shopping(['nadaljuj z nakupovanjem', 'nadaljujte z nakupovanjem', 'nazaj v trgovino', 'prikaži vse', 'poglej vse', 'mnenja', 'ocene'], ['nazaj v košarico']),
  bg: shopping(['продължи пазаруването', 'продължете с пазаруването', 'обратно към магазина', 'виж всички', 'покажи всички', 'отзиви'], ['обратно към количката']),
  el: shopping(['συνέχεια αγορών', 'συνεχίστε τις αγορές', 'επιστροφή στο κατάστημα', 'προβολή όλων', 'δείτε όλα', 'κριτικές'], ['επιστροφή στο καλάθι']),
  ja: shopping(['買い物を続ける', 'ショッピングを続ける', 'ストアに戻る', 'すべて表示', 'すべて見る', 'レビュー'], ['カートに戻る']),
  ko: shopping(['쇼핑 계속하기', '계속 쇼핑하기', '스토어로 돌아가기', '모두 보기', '전체 보기', '리뷰'], ['장바구니로 돌아가기']),
  'zh-CN': shopping(['继续购物', '返回商店', '查看全部', '评论'], ['返回购物车']),
  'zh-TW': shopping(['繼續購物', '返回商店', '查看全部', '檢視全部', '評論'], ['返回購物車']),
  th: shopping(['เลือกซื้อสินค้าต่อ', 'ช้อปปิ้งต่อ', 'ซื้อสินค้าต่อ', 'กลับไปที่ร้านค้า', 'ดูทั้งหมด', 'รีวิว'], ['กลับไปที่ตะกร้า']),
  vi: shopping(['tiếp tục mua sắm', 'tiếp tục mua hàng', 'quay lại cửa hàng', 'xem tất cả', 'đánh giá sản phẩm'], ['quay lại giỏ hàng']),
  id: shopping(['lanjut belanja', 'lanjutkan belanja', 'lanjutkan berbelanja', 'kembali ke toko', 'lihat semua', 'ulasan'], ['kembali ke keranjang']),
  lt: shopping(['tęsti apsipirkimą', 'tęsti pirkimą', 'grįžti į parduotuvę', 'peržiūrėti visus', 'rodyti visus', 'atsiliepimai'], ['grįžti į krepšelį']),
  uk: shopping(['продовжити покупки', 'повернутися до магазину', 'переглянути всі', 'дивитися всі', 'відгуки'], ['повернутися до кошика']),
  ar: shopping(['متابعة التسوق', 'مواصلة التسوق', 'العودة إلى المتجر', 'عرض الكل', 'التقييمات', 'المراجعات'], ['العودة إلى السلة']),
  he: shopping(['המשך בקניות', 'המשך לקנות', 'חזרה לחנות', 'הצג הכל', 'צפה בהכל', 'ביקורות'], ['חזרה לסל']),
};
