import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/index.js';
import { event } from '../fixtures.js';

// One row per language: add to cart, check out, sign in, and the interface words that must stay
// null (close, cancel, sort, filter, back, menu, next page).
const table: readonly (readonly [language: string, addToCart: string, checkout: string, signIn: string, noise: readonly string[]])[] = [
  ['en', 'Add this to your cart', 'Check out', 'Log in', ['Close', 'Cancel', 'Sort by', 'Filter', 'Back', 'Menu', 'Next page', 'Clear all', 'Reset', 'Language', 'Currency']],
  ['de', 'In den Warenkorb legen', 'Zur Kasse', 'Anmelden', ['Schließen', 'Abbrechen', 'Sortieren nach', 'Filter', 'Zurück', 'Menü', 'Nächste Seite']],
  ['fr', 'Ajouter au panier', 'Passer la commande', 'Se connecter', ['Fermer', 'Annuler', 'Trier par', 'Filtrer', 'Retour', 'Menu', 'Page suivante']],
  ['es', 'Añadir al carrito', 'Finalizar compra', 'Iniciar sesión', ['Cerrar', 'Cancelar', 'Ordenar por', 'Filtrar', 'Volver', 'Menú', 'Página siguiente']],
  ['it', 'Aggiungi al carrello', 'Procedi all’acquisto', 'Accedi', ['Chiudi', 'Annulla', 'Ordina per', 'Filtra', 'Indietro', 'Menu', 'Pagina successiva']],
  ['ru', 'Добавить в корзину', 'Оформить заказ', 'Войти', ['Закрыть', 'Отмена', 'Сортировка', 'Фильтр', 'Назад', 'Меню', 'Следующая страница']],
  ['pt-BR', 'Adicionar ao carrinho', 'Finalizar compra', 'Entrar', ['Fechar', 'Cancelar', 'Ordenar por', 'Filtrar', 'Voltar', 'Menu', 'Próxima página']],
  ['pt-PT', 'Adicionar ao carrinho', 'Finalizar a compra', 'Iniciar sessão', ['Fechar', 'Cancelar', 'Ordenar por', 'Filtrar', 'Voltar', 'Página seguinte']],
  ['nl', 'In winkelwagen', 'Afrekenen', 'Inloggen', ['Sluiten', 'Annuleren', 'Sorteer op', 'Filteren', 'Terug', 'Volgende pagina']],
  ['pl', 'Dodaj do koszyka', 'Przejdź do kasy', 'Zaloguj się', ['Zamknij', 'Anuluj', 'Sortuj według', 'Filtruj', 'Wstecz', 'Następna strona']],
  ['sv', 'Lägg i varukorgen', 'Till kassan', 'Logga in', ['Stäng', 'Avbryt', 'Sortera efter', 'Filtrera', 'Tillbaka', 'Nästa sida']],
  ['da', 'Læg i kurv', 'Gå til kassen', 'Log ind', ['Luk', 'Annuller', 'Sortér efter', 'Filtrér', 'Tilbage', 'Næste side']],
  ['nb', 'Legg i handlekurv', 'Gå til kassen', 'Logg inn', ['Lukk', 'Avbryt', 'Sorter etter', 'Filtrer', 'Tilbake', 'Neste side']],
  ['fi', 'Lisää ostoskoriin', 'Siirry kassalle', 'Kirjaudu sisään', ['Sulje', 'Peruuta', 'Lajittele', 'Suodata', 'Takaisin', 'Seuraava sivu']],
  ['cs', 'Přidat do košíku', 'K pokladně', 'Přihlásit se', ['Zavřít', 'Zrušit', 'Seřadit podle', 'Filtrovat', 'Zpět', 'Další stránka']],
  ['sk', 'Pridať do košíka', 'K pokladni', 'Prihlásiť sa', ['Zavrieť', 'Zrušiť', 'Zoradiť podľa', 'Filtrovať', 'Späť', 'Ďalšia stránka']],
  ['tr', 'Sepete ekle', 'Ödeme yap', 'Giriş yap', ['Kapat', 'İptal', 'Sırala', 'Filtrele', 'Geri', 'Sonraki sayfa']],
  ['ro', 'Adaugă în coș', 'Finalizează comanda', 'Autentificare', ['Închide', 'Anulează', 'Sortează după', 'Filtrează', 'Înapoi', 'Pagina următoare']],
  ['hu', 'Kosárba', 'Tovább a pénztárhoz', 'Bejelentkezés', ['Bezárás', 'Mégse', 'Rendezés', 'Szűrés', 'Vissza', 'Következő oldal']],
  ['hr', 'Dodaj u košaricu', 'Na blagajnu', 'Prijava', ['Zatvori', 'Odustani', 'Poredaj po', 'Filtriraj', 'Natrag', 'Sljedeća stranica']],
  ['sl', 'Dodaj v košarico', 'Na blagajno', 'Prijava', ['Zapri', 'Prekliči', 'Razvrsti po', 'Filtriraj', 'Nazaj', 'Naslednja stran']],
  ['bg', 'Добави в количката', 'Към плащане', 'Вход', ['Затвори', 'Отказ', 'Сортиране по', 'Филтър', 'Назад', 'Следваща страница']],
  ['el', 'Προσθήκη στο καλάθι', 'Ολοκλήρωση αγοράς', 'Σύνδεση', ['Κλείσιμο', 'Ακύρωση', 'Ταξινόμηση κατά', 'Φίλτρα', 'Πίσω', 'Επόμενη σελίδα']],
  ['ja', 'カートに追加する', 'ご購入手続きへ', 'ログイン', ['閉じる', 'キャンセル', '並び替え', 'フィルター', '戻る', '次のページ']],
  ['ko', '장바구니에 담기', '결제하기', '로그인', ['닫기', '취소', '정렬 기준', '필터', '뒤로', '다음 페이지']],
  ['zh-CN', '加入购物车', '结账', '登录', ['关闭', '取消', '排序方式', '筛选', '返回', '下一页']],
  ['zh-TW', '加入購物車', '結帳', '登入', ['關閉', '取消', '排序方式', '篩選', '返回', '下一頁']],
  ['th', 'เพิ่มลงในตะกร้า', 'ชำระเงิน', 'เข้าสู่ระบบ', ['ปิด', 'ยกเลิก', 'เรียงตาม', 'ตัวกรอง', 'ย้อนกลับ', 'หน้าถัดไป']],
  ['vi', 'Thêm vào giỏ hàng', 'Thanh toán', 'Đăng nhập', ['Đóng', 'Hủy', 'Sắp xếp theo', 'Bộ lọc', 'Quay lại', 'Trang tiếp theo']],
  ['id', 'Tambahkan ke keranjang', 'Checkout', 'Masuk', ['Tutup', 'Batal', 'Urutkan', 'Filter', 'Kembali', 'Halaman berikutnya']],
  ['lt', 'Į krepšelį', 'Apmokėti', 'Prisijungti', ['Uždaryti', 'Atšaukti', 'Rikiuoti pagal', 'Filtruoti', 'Atgal', 'Kitas puslapis']],
  ['uk', 'Додати в кошик', 'Оформити замовлення', 'Увійти', ['Закрити', 'Скасувати', 'Сортувати за', 'Фільтр', 'Назад', 'Наступна сторінка']],
  ['ar', 'أضف إلى السلة', 'إتمام الشراء', 'تسجيل الدخول', ['إغلاق', 'إلغاء', 'ترتيب حسب', 'تصفية', 'رجوع', 'الصفحة التالية']],
  ['he', 'הוסף לסל', 'לתשלום', 'התחברות', ['סגור', 'ביטול', 'מיון לפי', 'סינון', 'חזור', 'הדף הבא']],
];

describe.each(table)('labels in %s', (language, addToCart, checkout, signIn, noise) => {
  it(`${addToCart} is add to cart (consideration)`, () => {
    expect(explain(event('cta', addToCart))).toMatchObject({ stage: 'consideration', label: { intent: 'add-to-cart' } });
    expect(explain(event('cta', addToCart)).label?.languages).toContain(language);
  });
  it(`${checkout} is checkout (conversion)`, () => {
    expect(explain(event('cta', checkout))).toMatchObject({ stage: 'conversion' });
  });
  it(`${signIn} is sign-in (retention)`, () => {
    expect(explain(event('cta', signIn)).stage).toBe('retention');
  });
  it.each(noise)('%s is noise: null, even on a checkout page', (label) => {
    expect(explain(event('cta', label, { url: 'https://shop.example/checkout/shipping' }))).toMatchObject({ stage: null, ruleId: 'cta-noise' });
  });
});
