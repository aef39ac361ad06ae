/**
 * Words of github:bagisto/bagisto, generated from test/classify/lexicon/labels/bagisto.json by
 * scripts/lexicon/build-sources.mjs (do not edit: extract again). Files read: packages/Webkul/Shop/src/Resources/lang/<locale>/app.php.
 */
import type { LexiconSource } from '../types.js';

export const bagistoWords: LexiconSource = {
  id: "bagisto",
  repo: "github:bagisto/bagisto",
  paths: ["packages/Webkul/Shop/src/Resources/lang/<locale>/app.php"],
  words: {
  "ar": {
    "account": [
      "هل نسيت كلمة المرور؟",
      "إعادة تعيين كلمة المرور",
      "الملف الشخصي",
      "تعديل الملف الشخصي",
      "إضافة عنوان",
      "معلومات الحساب",
      "إضافة عنوان جديد",
      "نسيت كلمة المرور!"
    ],
    "sign-in": [
      "تسجيل الدخول",
      "تسجيل الدخول للعملاء",
      "حسابي"
    ],
    "sign-up": [
      "إنشاء حسابك",
      "زبون جديد؟",
      "التسجيل",
      "إنشاء حساب"
    ],
    "subscribe": [
      "الاشتراك في النشرة الإخبارية",
      "اشترك"
    ],
    "noise": [
      "حذف",
      "تعديل",
      "تحديث",
      "إلغاء",
      "الكمية",
      "إزالة",
      "العملة",
      "قبول",
      "تطبيق الفلاتر",
      "الفلتر",
      "مسح الكل",
      "الصفحة التالية",
      "الصفحة السابقة",
      "السابق",
      "إزالة العنصر",
      "ترتيب حسب",
      "تحميل المزيد",
      "فلتر",
      "ترتيب",
      "جدول",
      "قائمة",
      "تحديث عربة التسوق"
    ],
    "generic": [
      "حفظ",
      "اختر",
      "إرسال",
      "حفظ ومتابعة",
      "التالي",
      "تأكيد",
      "المتابعة",
      "تطبيق"
    ],
    "orders": [
      "الطلبات",
      "إعادة الطلب",
      "حالة الطلب",
      "إلغاء الطلب",
      "تفاصيل الطلب"
    ],
    "support": [
      "اتصال",
      "جهة الاتصال",
      "خدمة العملاء",
      "الاتصال"
    ],
    "wishlist": [
      "قائمة الأماني",
      "قائمة الرغبات",
      "أضف إلى قائمة الرغبات",
      "نقل إلى قائمة الأماني"
    ],
    "details": [
      "رؤية التفاصيل",
      "مقارنة",
      "أضف إلى قائمة المقارنة",
      "عرض التفاصيل"
    ],
    "search": [
      "بحث",
      "البحث"
    ],
    "add-to-cart": [
      "أضف إلى السلة"
    ],
    "review": [
      "إرسال المراجعة",
      "كتابة مراجعة"
    ],
    "checkout": [
      "اشتر الآن",
      "المتابعة إلى الدفع",
      "متابعة للسداد",
      "تقديم الطلب",
      "المتابعة للدفع",
      "الدفع"
    ],
    "view-cart": [
      "عربة التسوق",
      "عرض عربة التسوق"
    ]
  },
  "de": {
    "account": [
      "Passwort vergessen?",
      "Passwort zurücksetzen",
      "Profil",
      "Profil bearbeiten",
      "Adresse hinzufügen",
      "Kontoinformationen",
      "Neue Adresse hinzufügen",
      "Passwort vergessen!"
    ],
    "sign-in": [
      "Anmelden",
      "Kundenanmeldung",
      "Mein Konto"
    ],
    "sign-up": [
      "Erstellen Sie Ihr Konto",
      "Neuer Kunde?",
      "Registrieren"
    ],
    "subscribe": [
      "Newsletter abonnieren",
      "Abonnieren"
    ],
    "noise": [
      "Löschen",
      "Bearbeiten",
      "Aktualisieren",
      "Abbrechen",
      "Menge",
      "Entfernen",
      "Währung",
      "Akzeptieren",
      "Filter anwenden",
      "Filter",
      "Alles löschen",
      "Nächste Seite",
      "Vorherige Seite",
      "Vorheriger",
      "Artikel entfernen",
      "Sortieren nach",
      "Mehr laden",
      "Sortieren",
      "شبکه",
      "لیست",
      "Warenkorb aktualisieren",
      "Zurück"
    ],
    "generic": [
      "Speichern",
      "Wählen",
      "Auswählen",
      "Absenden",
      "Speichern und fortfahren",
      "Nächster",
      "Bestätigen",
      "Fortfahren",
      "Anwenden",
      "Nachricht senden"
    ],
    "orders": [
      "Bestellungen",
      "Erneut bestellen",
      "Bestellstatus",
      "Bestellung stornieren",
      "Bestelldetails"
    ],
    "wishlist": [
      "Wunschliste",
      "Zur Wunschliste hinzufügen",
      "In die Wunschliste verschieben"
    ],
    "details": [
      "Details anzeigen",
      "Vergleichen",
      "Zum Vergleich hinzufügen"
    ],
    "search": [
      "Suche"
    ],
    "support": [
      "Kontaktiere uns",
      "Kundenservice"
    ],
    "add-to-cart": [
      "In den Warenkorb legen"
    ],
    "review": [
      "Bewertung absenden",
      "Eine Bewertung schreiben"
    ],
    "checkout": [
      "Jetzt kaufen",
      "Weiter zur Kasse",
      "Bestellung aufgeben",
      "Zur Kasse gehen",
      "Zur Kasse"
    ],
    "view-cart": [
      "Warenkorb",
      "Warenkorb anzeigen"
    ]
  },
  "en": {
    "account": [
      "Forgot your password ?",
      "Reset Password",
      "Forgot Password?",
      "Profile",
      "Edit Profile",
      "Add Address",
      "Account Information",
      "Add new address",
      "Forgot Password!"
    ],
    "sign-in": [
      "Sign In",
      "Customer Login",
      "My Account",
      "Sign in"
    ],
    "sign-up": [
      "Create your account",
      "New customer?",
      "Register",
      "Sign Up"
    ],
    "subscribe": [
      "Subscribe to newsletter",
      "Subscribe"
    ],
    "noise": [
      "Delete",
      "Edit",
      "Update",
      "Cancel",
      "Quantity",
      "Remove",
      "Currency",
      "Accept",
      "Apply Filters",
      "Filter",
      "Clear All",
      "Next Page",
      "Previous Page",
      "Previous",
      "Remove Item",
      "Sort By",
      "Load More",
      "Sort",
      "Grid",
      "List",
      "Update Cart",
      "Back"
    ],
    "generic": [
      "Save",
      "Choose",
      "Select",
      "Submit",
      "Save and Continue",
      "Next",
      "Confirm",
      "Proceed",
      "Apply",
      "Send"
    ],
    "orders": [
      "Orders",
      "Reorder",
      "Order Status",
      "Cancel Order",
      "Order Details"
    ],
    "wishlist": [
      "Wishlist",
      "Add To Wishlist",
      "Move To Wishlist"
    ],
    "details": [
      "See Details",
      "Compare",
      "Add To Compare"
    ],
    "search": [
      "Search"
    ],
    "support": [
      "Customer Service"
    ],
    "add-to-cart": [
      "Add To Cart"
    ],
    "review": [
      "Submit Review",
      "Write a Review"
    ],
    "checkout": [
      "Buy Now",
      "Continue to Checkout",
      "Place Order",
      "Proceed To Checkout",
      "Checkout"
    ],
    "view-cart": [
      "Cart",
      "View Cart",
      "Shopping Cart"
    ]
  },
  "es": {
    "account": [
      "¿Olvidó su contraseña?",
      "Restablecer contraseña",
      "Restablecer Contraseña",
      "¿Olvidaste tu Contraseña?",
      "Perfil",
      "Editar Perfil",
      "Agregar Dirección",
      "Información de la cuenta",
      "Agregar nueva dirección",
      "¡Contraseña olvidada!"
    ],
    "sign-in": [
      "Iniciar sesión",
      "Iniciar Sesión",
      "Inicio de Sesión del Cliente",
      "Mi cuenta"
    ],
    "sign-up": [
      "Crea tu cuenta",
      "¿Nuevo cliente?",
      "Registrarse"
    ],
    "subscribe": [
      "Suscribirse al boletín",
      "Suscribirse"
    ],
    "noise": [
      "Eliminar",
      "Editar",
      "Actualizar",
      "Cancelar",
      "Cantidad",
      "Moneda",
      "Aceptar",
      "Aplicar filtro",
      "Filtro",
      "Limpiar todo",
      "Siguiente página",
      "Página anterior",
      "Anterior",
      "Eliminar artículo",
      "Ordenar por",
      "Cargar más",
      "Borrar todo",
      "Filtrar",
      "Ordenar",
      "Cuadrícula",
      "Lista",
      "Actualizar Carrito",
      "Volver",
      "Página siguiente"
    ],
    "generic": [
      "Guardar",
      "Elegir",
      "Seleccionar",
      "Enviar",
      "Guardar y Continuar",
      "Siguiente",
      "Confirmar",
      "Continuar",
      "Aplicar",
      "Enviar mensaje"
    ],
    "orders": [
      "Pedidos",
      "Volver a Pedir",
      "Estado del pedido",
      "Cancelar pedido",
      "Detalles del pedido"
    ],
    "wishlist": [
      "Lista de Deseos",
      "Lista de deseos",
      "Agregar a la lista de deseos",
      "Mover a la Lista de Deseos"
    ],
    "details": [
      "Ver Detalles",
      "Comparar",
      "Agregar a comparar"
    ],
    "search": [
      "Buscar"
    ],
    "support": [
      "Servicio al cliente"
    ],
    "add-to-cart": [
      "Agregar al carrito"
    ],
    "review": [
      "Enviar reseña",
      "Escribir una reseña"
    ],
    "checkout": [
      "Comprar ahora",
      "Continuar con el Pago",
      "Realizar Pedido"
    ],
    "view-cart": [
      "Carrito",
      "Ver Carrito",
      "Carrito de Compras"
    ]
  },
  "he": {
    "account": [
      "שכחת את הסיסמה שלך?",
      "איפוס סיסמה",
      "שכחת סיסמה?",
      "פרופיל",
      "ערוך פרופיל",
      "הוסף כתובת",
      "פרטי חשבון",
      "הוסף כתובת חדשה",
      "שכחת סיסמה!"
    ],
    "sign-in": [
      "התחברות",
      "התחברות ללקוחות",
      "החשבון שלי",
      "התחבר"
    ],
    "sign-up": [
      "צור את החשבון שלך",
      "לקוח חדש?",
      "הירשם",
      "הרשמה"
    ],
    "subscribe": [
      "הרשם לניוזלטר",
      "הירשם לניוזלטר"
    ],
    "noise": [
      "מחק",
      "ערוך",
      "עדכון",
      "ביטול",
      "כמות",
      "הסר",
      "עדכן",
      "מטבע",
      "קבל",
      "החל מסננים",
      "סינון",
      "נקה הכל",
      "עמוד הבא",
      "עמוד קודם",
      "הקודם",
      "הסר פריט",
      "מיין לפי",
      "טען עוד",
      "מסנן",
      "מיון",
      "גריד",
      "רשימה",
      "עדכון עגלת הקניות",
      "חזור",
      "בטל"
    ],
    "generic": [
      "שמור",
      "בחר",
      "שלח",
      "שמור והמשך",
      "הבא",
      "אישור",
      "המשך",
      "החל",
      "אשר"
    ],
    "orders": [
      "הזמנות",
      "הזמן שוב",
      "מצב הזמנה",
      "ביטול הזמנה",
      "פרטי הזמנה"
    ],
    "wishlist": [
      "רשימת משאלות",
      "הוסף לרשימת המשאלות",
      "העבר לרשימת המשאלות"
    ],
    "details": [
      "ראה פרטים",
      "השווה",
      "הוסף לרשימת ההשוואה",
      "השוואה",
      "צפה בפרטים"
    ],
    "search": [
      "חיפוש"
    ],
    "support": [
      "שירות לקוחות"
    ],
    "add-to-cart": [
      "הוסף לעגלה",
      "הוסף לעגלת הקניות"
    ],
    "review": [
      "שלח ביקורת",
      "כתוב ביקורת"
    ],
    "checkout": [
      "קנה עכשיו",
      "המשך לתשלום",
      "בצע הזמנה",
      "תשלום"
    ],
    "view-cart": [
      "עגלת קניות",
      "צפה בעגלת הקניות"
    ]
  },
  "id": {
    "account": [
      "Lupa kata sandi?",
      "Atur Ulang Kata Sandi",
      "Lupa Kata Sandi?",
      "Profil",
      "Edit Profil",
      "Tambah Alamat",
      "Informasi Akun",
      "Tambah alamat baru",
      "Lupa Kata Sandi!"
    ],
    "sign-in": [
      "Masuk",
      "Masuk Pelanggan",
      "Akun Saya"
    ],
    "sign-up": [
      "Buat akun Anda",
      "Pelanggan baru?",
      "Daftar"
    ],
    "subscribe": [
      "Berlangganan buletin",
      "Berlangganan"
    ],
    "noise": [
      "Hapus",
      "Edit",
      "Perbarui",
      "Batalkan",
      "Jumlah",
      "Kuantitas",
      "Mata Uang",
      "Terima",
      "Terapkan Filter",
      "Filter",
      "Hapus Semua",
      "Halaman Berikutnya",
      "Halaman Sebelumnya",
      "Sebelumnya",
      "Hapus Item",
      "Urutkan Berdasarkan",
      "Batal",
      "Muat Lebih Banyak",
      "Sort",
      "Tampilan Grid",
      "Tampilan List",
      "Perbarui Keranjang",
      "Kembali"
    ],
    "generic": [
      "Simpan",
      "Pilih",
      "Kirim",
      "Simpan dan Lanjutkan",
      "Berikutnya",
      "Konfirmasi",
      "Lanjut",
      "Gunakan"
    ],
    "orders": [
      "Pesanan",
      "Pesan Ulang",
      "Status Pesanan",
      "Batalkan Pesanan",
      "Detail Pesanan"
    ],
    "wishlist": [
      "Wishlist",
      "Daftar Keinginan",
      "Tambah ke Wishlist",
      "Tambahkan ke Wishlist",
      "Pindahkan ke Wishlist"
    ],
    "details": [
      "Lihat Detail",
      "Bandingkan",
      "Tambah ke Perbandingan"
    ],
    "search": [
      "Cari",
      "Pencarian"
    ],
    "support": [
      "Hubungi Kami",
      "Layanan Pelanggan"
    ],
    "add-to-cart": [
      "Tambah ke Keranjang",
      "Tambahkan ke Keranjang"
    ],
    "review": [
      "Kirim Ulasan",
      "Tulis Ulasan"
    ],
    "checkout": [
      "Beli Sekarang",
      "Lanjut ke Pembayaran",
      "Buat Pesanan",
      "Pembayaran"
    ],
    "view-cart": [
      "Keranjang",
      "Lihat Keranjang",
      "Keranjang Belanja"
    ]
  },
  "it": {
    "account": [
      "Hai dimenticato la tua password ?",
      "Reimposta la Password",
      "Hai dimenticato la password?",
      "Profilo",
      "Modifica Profilo",
      "Aggiungi Indirizzo",
      "Informazioni account",
      "Aggiungi nuovo indirizzo",
      "Password dimenticata!",
      "Reimposta password"
    ],
    "sign-in": [
      "Accedi",
      "Accesso Cliente",
      "Il mio account"
    ],
    "sign-up": [
      "Crea il tuo account",
      "Nuovo cliente?",
      "Registrati"
    ],
    "subscribe": [
      "Iscriviti alla newsletter"
    ],
    "noise": [
      "Elimina",
      "Modifica",
      "Aggiorna",
      "Annulla",
      "Quantità",
      "Rimuovi",
      "Valuta",
      "Accetta",
      "Applica Filtri",
      "Filtro",
      "Cancella Tutto",
      "Pagina Successiva",
      "Pagina Precedente",
      "Precedente",
      "Rimuovi articolo",
      "Ordina per",
      "Carica altro",
      "Cancella tutto",
      "Griglia",
      "Lista",
      "Aggiorna carrello",
      "Indietro",
      "Pagina successiva",
      "Pagina precedente"
    ],
    "generic": [
      "Salva",
      "Scegli",
      "Seleziona",
      "Invia",
      "Salva e continua",
      "Successivo",
      "Conferma",
      "Procedi",
      "Applica"
    ],
    "orders": [
      "Ordini",
      "Riordina",
      "Stato Ordine",
      "Annulla Ordine",
      "Dettagli Ordine"
    ],
    "support": [
      "Contatto",
      "Servizio clienti"
    ],
    "wishlist": [
      "Lista dei Desideri",
      "Lista dei desideri",
      "Aggiungi alla lista dei desideri",
      "Sposta nella lista dei desideri"
    ],
    "details": [
      "Vedi Dettagli",
      "Confronta",
      "Aggiungi al confronto",
      "Visualizza dettagli"
    ],
    "search": [
      "Cerca",
      "Ricerca"
    ],
    "add-to-cart": [
      "Aggiungi al carrello"
    ],
    "review": [
      "Invia recensione",
      "Scrivi una recensione"
    ],
    "checkout": [
      "Acquista ora",
      "Continua al pagamento",
      "Effettua Ordine",
      "Procedi al Checkout",
      "Pagamento"
    ],
    "view-cart": [
      "Carrello",
      "Vedi carrello",
      "Carrello della spesa",
      "Visualizza carrello"
    ]
  },
  "ja": {
    "account": [
      "パスワードを忘れましたか？",
      "パスワードをリセット",
      "パスワードをお忘れですか？",
      "プロフィール",
      "プロフィールを編集",
      "住所を追加",
      "アカウント情報",
      "新しい住所を追加"
    ],
    "sign-in": [
      "サインイン",
      "顧客ログイン",
      "マイアカウント",
      "ログイン"
    ],
    "sign-up": [
      "アカウントを作成",
      "新しい顧客？",
      "登録",
      "サインアップ"
    ],
    "subscribe": [
      "ニュースレターに登録",
      "ニュースレターに登録する"
    ],
    "noise": [
      "削除",
      "編集",
      "更新する",
      "キャンセル",
      "数量",
      "更新",
      "通貨",
      "受け入れる",
      "フィルタを適用",
      "フィルタ",
      "すべてクリア",
      "次のページ",
      "前のページ",
      "前へ",
      "アイテムを削除",
      "並び替え",
      "さらに読み込む",
      "フィルター",
      "グリッド",
      "リスト",
      "カートを更新",
      "戻る"
    ],
    "generic": [
      "保存",
      "選択",
      "送信",
      "保存して続行",
      "次へ",
      "確認",
      "進む",
      "適用"
    ],
    "orders": [
      "注文",
      "再注文",
      "注文ステータス",
      "注文をキャンセル",
      "注文の詳細"
    ],
    "support": [
      "連絡先",
      "お問い合わせ",
      "カスタマーサービス"
    ],
    "wishlist": [
      "ウィッシュリスト",
      "ウィッシュリストに追加",
      "ウィッシュリストに移動"
    ],
    "details": [
      "詳細を見る",
      "比較",
      "比較リストに追加",
      "詳細を表示"
    ],
    "search": [
      "検索"
    ],
    "add-to-cart": [
      "カートに追加"
    ],
    "review": [
      "レビューを送信",
      "レビューを書く"
    ],
    "checkout": [
      "今すぐ購入",
      "チェックアウトに進む",
      "注文する",
      "チェックアウト"
    ],
    "view-cart": [
      "カート",
      "カートを表示",
      "ショッピングカート"
    ]
  },
  "nl": {
    "account": [
      "Bent u uw wachtwoord vergeten?",
      "Wachtwoord Herstellen",
      "Wachtwoord Resetten",
      "Wachtwoord Vergeten?",
      "Profiel",
      "Profiel Bewerken",
      "Adres Toevoegen",
      "Accountinformatie",
      "Nieuw adres toevoegen",
      "Wachtwoord vergeten!",
      "Wachtwoord opnieuw instellen"
    ],
    "sign-in": [
      "Aanmelden",
      "Inloggen",
      "Mijn Account"
    ],
    "sign-up": [
      "Maak uw account aan",
      "Nieuwe klant?",
      "Registreren"
    ],
    "subscribe": [
      "Abonneer op nieuwsbrief",
      "Abonneren op nieuwsbrief",
      "Abonneren"
    ],
    "noise": [
      "Verwijderen",
      "Bewerken",
      "Bijwerken",
      "Annuleren",
      "Hoeveelheid",
      "Aantal",
      "Valuta",
      "Accepteren",
      "Filters Toepassen",
      "Filteren",
      "Alles wissen",
      "Volgende Pagina",
      "Vorige Pagina",
      "Vorige",
      "Item verwijderen",
      "Sorteer op",
      "Meer laden",
      "Filter",
      "Sorteer",
      "Raster",
      "Lijst",
      "Winkelwagen bijwerken",
      "Terug",
      "Volgende pagina",
      "Vorige pagina"
    ],
    "generic": [
      "Opslaan",
      "Kiezen",
      "Selecteren",
      "Verzenden",
      "Opslaan en doorgaan",
      "Volgende",
      "Bevestigen",
      "Ga verder",
      "Toepassen"
    ],
    "orders": [
      "Bestellingen",
      "Opnieuw bestellen",
      "Bestelstatus",
      "Bestelling Annuleren",
      "Bestelgegevens"
    ],
    "wishlist": [
      "Verlanglijst",
      "Toevoegen aan verlanglijst",
      "Toevoegen aan verlanglijstje",
      "Verplaats naar verlanglijst"
    ],
    "details": [
      "Details Bekijken",
      "Vergelijken",
      "Toevoegen aan vergelijkingslijst",
      "Bekijk Details",
      "Details bekijken"
    ],
    "search": [
      "Zoeken"
    ],
    "support": [
      "Neem contact met ons op",
      "Klantenservice"
    ],
    "add-to-cart": [
      "Toevoegen aan winkelwagen"
    ],
    "review": [
      "Beoordeling indienen",
      "Schrijf een beoordeling"
    ],
    "checkout": [
      "Nu kopen",
      "Ga verder naar afrekenen",
      "Bestelling plaatsen",
      "Doorgaan naar afrekenen",
      "Afrekenen"
    ],
    "view-cart": [
      "Winkelwagen",
      "Bekijk winkelwagen"
    ]
  },
  "pl": {
    "account": [
      "Zapomniałeś hasła?",
      "Zresetuj hasło",
      "Edytuj konto",
      "Dodaj adres",
      "Informacje o koncie",
      "Dodaj nowy adres",
      "Profil",
      "Zapomniałeś hasła!"
    ],
    "sign-in": [
      "Zaloguj się",
      "Logowanie klienta",
      "Moje konto"
    ],
    "sign-up": [
      "Stwórz swoje konto",
      "Nowy klient?",
      "Zarejestruj",
      "Zarejestruj się"
    ],
    "subscribe": [
      "Zapisz się na newsletter",
      "Zapisz się do newslettera",
      "Zapisz się"
    ],
    "noise": [
      "Usuń",
      "Edytuj",
      "Aktualizuj",
      "Anuluj",
      "Ilość",
      "Waluta",
      "Akceptuj",
      "Zastosuj filtry",
      "Filtruj",
      "Wyczyść wszystko",
      "Następna strona",
      "Poprzednia strona",
      "Poprzedni",
      "Usuń przedmiot",
      "Sortuj według",
      "Wczytaj więcej",
      "Filtr",
      "Załaduj więcej",
      "Sortuj",
      "Siatka",
      "Lista",
      "Aktualizuj koszyk",
      "Wstecz"
    ],
    "generic": [
      "Zapisz",
      "Wybierz",
      "Wyślij",
      "Zapisz i kontynuuj",
      "Następny",
      "Potwierdź",
      "Kontynuuj",
      "Zastosuj"
    ],
    "orders": [
      "Zamówienia",
      "Zamów ponownie",
      "Status zamówienia",
      "Anuluj zamówienie",
      "Szczegóły zamówienia"
    ],
    "wishlist": [
      "Lista życzeń",
      "Dodaj do listy życzeń",
      "Przenieś na listę życzeń"
    ],
    "details": [
      "Zobacz szczegóły",
      "Porównaj",
      "Dodaj do listy porównań"
    ],
    "search": [
      "Szukaj"
    ],
    "support": [
      "Obsługa klienta",
      "Skontaktuj się z nami"
    ],
    "add-to-cart": [
      "Dodaj do koszyka"
    ],
    "review": [
      "Prześlij recenzję",
      "Napisz recenzję"
    ],
    "checkout": [
      "Kup teraz",
      "Przejdź do realizacji zamówienia",
      "Złóż zamówienie",
      "Zamówienie"
    ],
    "view-cart": [
      "Koszyk",
      "Zobacz koszyk"
    ]
  },
  "pt-BR": {
    "account": [
      "Esqueceu sua senha?",
      "Redefinir Senha",
      "Esqueceu a Senha?",
      "Perfil",
      "Editar Perfil",
      "Adicionar Endereço",
      "Informações da conta",
      "Adicionar novo endereço",
      "Esqueceu a Senha!"
    ],
    "sign-in": [
      "Entrar",
      "Login do Cliente",
      "Minha Conta"
    ],
    "sign-up": [
      "Crie sua conta",
      "Novo cliente?",
      "Registrar",
      "Cadastrar-se"
    ],
    "subscribe": [
      "Inscrever-se na newsletter",
      "Inscrever-se para receber boletins informativos",
      "Inscrever-se"
    ],
    "noise": [
      "Excluir",
      "Editar",
      "Atualizar",
      "Cancelar",
      "Quantità",
      "Remover",
      "Quantidade",
      "Moeda",
      "Aceitar",
      "Aplicar Filtros",
      "Filtro",
      "Limpar Tudo",
      "Próxima Página",
      "Página Anterior",
      "Anterior",
      "Remover item",
      "Ordenar Por",
      "Carregar Mais",
      "Carregar mais",
      "Ordenar",
      "Grade",
      "Lista",
      "Atualizar Carrinho",
      "Voltar",
      "Próxima página",
      "Página anterior"
    ],
    "generic": [
      "Salvar",
      "Escolher",
      "Selecionar",
      "Enviar",
      "Salvar e Continuar",
      "Próximo",
      "Confirmar",
      "Prosseguir",
      "Aplicar"
    ],
    "orders": [
      "Pedidos",
      "Refazer Pedido",
      "Status do Pedido",
      "Cancelar Pedido",
      "Detalhes do Pedido"
    ],
    "support": [
      "Contatto",
      "Fale Conosco",
      "Atendimento ao Cliente"
    ],
    "wishlist": [
      "Lista de Desejos",
      "Lista de desejos",
      "Adicionar à Lista de Desejos",
      "Mover para a Lista de Desejos"
    ],
    "details": [
      "Ver Detalhes",
      "Comparar",
      "Adicionar à Lista de Comparação"
    ],
    "search": [
      "Pesquisar"
    ],
    "add-to-cart": [
      "Adicionar ao Carrinho"
    ],
    "review": [
      "Enviar Avaliação",
      "Escrever uma Avaliação"
    ],
    "checkout": [
      "Comprar Agora",
      "Continuar para o Checkout",
      "Finalizar Pedido",
      "Prosseguir para o Checkout",
      "Checkout"
    ],
    "view-cart": [
      "Carrinho",
      "Ver Carrinho",
      "Carrinho de Compras"
    ]
  },
  "ro": {
    "account": [
      "Ați uitat parola?",
      "Resetare parolă",
      "Ai uitat parola?",
      "Profil",
      "Editare profil",
      "Adaugă adresă",
      "Informații cont",
      "Adaugă adresă nouă",
      "Ați uitat parola!"
    ],
    "sign-in": [
      "Autentificare",
      "Autentificare client",
      "Contul meu",
      "Sign In"
    ],
    "sign-up": [
      "Creează-ți contul",
      "Client nou?",
      "Înregistrare"
    ],
    "subscribe": [
      "Abonare la newsletter",
      "Abonare"
    ],
    "noise": [
      "Șterge",
      "Editare",
      "Actualizează",
      "Anulează",
      "Cantitate",
      "Elimină",
      "Actualizare",
      "Monedă",
      "Acceptă",
      "Aplică filtre",
      "Filtru",
      "Șterge tot",
      "Pagina următoare",
      "Pagina anterioară",
      "Anteriorul",
      "Eliminați articolul",
      "Sortează după",
      "Încarcă mai multe",
      "Sortare",
      "Grilă",
      "Listă",
      "Actualizează coșul",
      "Înapoi"
    ],
    "generic": [
      "Salvează",
      "Alege",
      "Selectează",
      "Trimite",
      "Salvează și continuă",
      "Următorul",
      "Confirmă",
      "Continuă",
      "Aplică",
      "Save",
      "Confirm",
      "Send"
    ],
    "orders": [
      "Comenzi",
      "Comandă din nou",
      "Order Status",
      "Cancel Order",
      "Order Details"
    ],
    "wishlist": [
      "Lista de dorințe",
      "Adaugă în lista de dorințe",
      "Mută în lista de dorințe"
    ],
    "details": [
      "Vezi detalii",
      "Comparare",
      "Adaugă la comparare"
    ],
    "search": [
      "Căutare"
    ],
    "support": [
      "Contactați-ne",
      "Serviciu clienți"
    ],
    "add-to-cart": [
      "Adaugă în coș"
    ],
    "review": [
      "Trimite recenzia",
      "Scrie o recenzie"
    ],
    "checkout": [
      "Cumpără acum",
      "Continuă spre finalizare",
      "Plasează comanda",
      "Finalizare comandă"
    ],
    "view-cart": [
      "Coș de cumpărături",
      "Vezi coșul"
    ]
  },
  "ru": {
    "account": [
      "Забыли пароль?",
      "Сбросить пароль",
      "Сброс пароля",
      "Профиль",
      "Редактировать профиль",
      "Добавить адрес",
      "Информация об аккаунте",
      "Добавить новый адрес",
      "Забыли пароль!"
    ],
    "sign-in": [
      "Войти",
      "Вход для клиентов",
      "Мой аккаунт"
    ],
    "sign-up": [
      "Создайте свой аккаунт",
      "Новый клиент?",
      "Зарегистрироваться"
    ],
    "subscribe": [
      "Подписаться на рассылку",
      "Подписаться"
    ],
    "noise": [
      "Удалить",
      "Редактировать",
      "Обновить",
      "Отменить",
      "Количество",
      "Валюта",
      "Принять",
      "Применить фильтры",
      "Фильтр",
      "Очистить все",
      "Следующая страница",
      "Предыдущая страница",
      "Предыдущий",
      "Удалить товар",
      "Сортировать по",
      "Загрузить еще",
      "Загрузить больше",
      "Сортировка",
      "Сетка",
      "Список",
      "Обновить корзину",
      "Назад",
      "Отмена"
    ],
    "generic": [
      "Сохранить",
      "Выбрать",
      "Отправить",
      "Сохранить и продолжить",
      "Следующий",
      "Подтвердить",
      "Продолжить",
      "Применить"
    ],
    "orders": [
      "Заказы",
      "Повторить заказ",
      "Статус заказа",
      "Отменить заказ",
      "Детали заказа"
    ],
    "wishlist": [
      "Список желаний",
      "Избранное",
      "Добавить в Список Желаемого",
      "Переместить в список желаний"
    ],
    "details": [
      "Подробнее",
      "Сравнить",
      "Добавить в Список Сравнения",
      "Посмотреть детали"
    ],
    "search": [
      "Поиск"
    ],
    "support": [
      "Свяжитесь с нами",
      "Служба поддержки"
    ],
    "add-to-cart": [
      "Добавить в Корзину",
      "Добавить в корзину"
    ],
    "review": [
      "Отправить отзыв",
      "Написать отзыв"
    ],
    "checkout": [
      "Купить сейчас",
      "Продолжить оформление заказа",
      "Оформить заказ",
      "Перейти к оформлению заказа",
      "Оформление заказа"
    ],
    "view-cart": [
      "Корзина",
      "Просмотр корзины"
    ]
  },
  "tr": {
    "account": [
      "Parolanızı mı unuttunuz?",
      "Şifreyi Sıfırla",
      "Şifrenizi mi unuttunuz?",
      "Profil",
      "Profili Düzenle",
      "Adres Ekle",
      "Hesap Bilgileri",
      "Profilim",
      "Yeni Adres Ekle",
      "Şifremi Unuttum"
    ],
    "sign-in": [
      "Giriş Yap",
      "Oturum Aç",
      "Müşteri Girişi",
      "Hesabım"
    ],
    "sign-up": [
      "Hesabınızı oluşturun",
      "Yeni müşteri misiniz?",
      "Kayıt Ol"
    ],
    "subscribe": [
      "Bültene abone ol",
      "Bültene Abone Ol",
      "Abone Ol"
    ],
    "noise": [
      "Sil",
      "Düzenle",
      "Güncelle",
      "İptal Et",
      "Miktar",
      "Kaldır",
      "Adet",
      "Para Birimi",
      "Kabul Et",
      "Filtreleri Uygula",
      "Filtrele",
      "Tümünü Temizle",
      "Sonraki Sayfa",
      "Önceki Sayfa",
      "Önceki",
      "Öğeyi Kaldır",
      "Sıralama",
      "İptal",
      "Daha Fazla Yükle",
      "Temizle",
      "Sırala",
      "Izgara",
      "Liste",
      "Sepeti Güncelle",
      "Geri"
    ],
    "generic": [
      "Kaydet",
      "Seçiniz",
      "Seç",
      "Gönder",
      "Kaydet ve Devam Et",
      "Sonraki",
      "Onayla",
      "Devam Et",
      "Uygula"
    ],
    "orders": [
      "Siparişlerim",
      "Tekrar Sipariş Ver",
      "Siparişler",
      "Sipariş Durumu",
      "Siparişi İptal Et",
      "Sipariş Detayları"
    ],
    "wishlist": [
      "Dilek Listesi",
      "Dilek Listesine Ekle",
      "Dilek Listesine Taşı",
      "Dilek Listem"
    ],
    "details": [
      "Detayları Gör",
      "Karşılaştır",
      "Detaylar"
    ],
    "search": [
      "Ara",
      "Arama"
    ],
    "support": [
      "Müşteri Hizmetleri",
      "Bize Ulaşın"
    ],
    "add-to-cart": [
      "Sepete Ekle"
    ],
    "review": [
      "Yorumu Gönder",
      "Yorum Yaz"
    ],
    "checkout": [
      "Hemen Al",
      "Ödemeye Geç",
      "Siparişi Onayla",
      "Ödeme",
      "Siparişi Tamamla"
    ],
    "view-cart": [
      "Sepet",
      "Sepeti Görüntüle",
      "Sepetim",
      "Sepete Git"
    ]
  },
  "uk": {
    "account": [
      "Забули пароль?",
      "Скинути пароль",
      "Скидання паролю",
      "Профіль",
      "Редагувати профіль",
      "Додати адресу",
      "Профиль",
      "Інформація про акаунт",
      "Додати нову адресу",
      "Забули пароль!"
    ],
    "sign-in": [
      "Увійти",
      "Вхід користувача",
      "Мій обліковий запис"
    ],
    "sign-up": [
      "Створити свій обліковий запис",
      "Новий користувач?",
      "Зареєструватися"
    ],
    "subscribe": [
      "Підписатися на розсилку",
      "Підписатися"
    ],
    "noise": [
      "Видалити",
      "Редагувати",
      "Оновити",
      "Скасувати",
      "Кількість",
      "Удалить",
      "Валюта",
      "Прийняти",
      "Застосувати фільтри",
      "Фільтр",
      "Очистити все",
      "Наступна сторінка",
      "Попередня сторінка",
      "Попередній",
      "Видалити товар",
      "Сортувати за",
      "Завантажити ще",
      "Очистити всі",
      "Завантажити більше",
      "Сортувати",
      "Сітка",
      "Список",
      "Оновити кошик",
      "Назад",
      "Скасувати RMA"
    ],
    "generic": [
      "Зберегти",
      "Обрати",
      "Вибрати",
      "Надіслати",
      "Зберегти та продовжити",
      "Наступний",
      "Підтвердити",
      "Продовжити",
      "Застосувати"
    ],
    "orders": [
      "Замовлення",
      "Повторне замовлення",
      "Статус замовлення",
      "Скасувати замовлення",
      "Деталі замовлення"
    ],
    "wishlist": [
      "Список желаний",
      "Список бажань",
      "Додати до Списку Бажань",
      "Перемістити в список бажань"
    ],
    "details": [
      "Подробности",
      "Порівняти",
      "Додати до Списку Порівнянь",
      "Дивитися деталі",
      "Детальніше"
    ],
    "search": [
      "Пошук"
    ],
    "support": [
      "Зв'язатися з нами",
      "Служба підтримки",
      "Зв'яжіться з нами"
    ],
    "add-to-cart": [
      "Додати до Кошика",
      "Додати до кошика"
    ],
    "review": [
      "Надіслати відгук",
      "Написати відгук"
    ],
    "checkout": [
      "Купити зараз",
      "Продовжити оформлення замовлення",
      "Оформити замовлення",
      "Перейти до оформлення",
      "Оформлення замовлення"
    ],
    "view-cart": [
      "Кошик",
      "Переглянути кошик"
    ]
  },
  "zh-CN": {
    "account": [
      "忘记密码？",
      "重置密码",
      "重设密码",
      "个人资料",
      "编辑个人资料",
      "添加地址",
      "账户信息",
      "添加新地址",
      "忘记密码！"
    ],
    "sign-in": [
      "登录",
      "用户登录",
      "我的帐户"
    ],
    "sign-up": [
      "创建您的帐户",
      "新用户？",
      "注册"
    ],
    "subscribe": [
      "订阅通讯",
      "订阅"
    ],
    "noise": [
      "删除",
      "编辑",
      "更新",
      "取消",
      "数量",
      "移除",
      "货币",
      "接受",
      "应用过滤器",
      "过滤器",
      "清除所有",
      "下一页",
      "上一页",
      "上一个",
      "移除商品",
      "排序方式",
      "加载更多",
      "筛选",
      "排序",
      "网格",
      "列表",
      "更新购物车",
      "返回"
    ],
    "generic": [
      "保存",
      "选择",
      "提交",
      "保存并继续",
      "下一个",
      "确认",
      "继续",
      "应用",
      "发送"
    ],
    "orders": [
      "订单",
      "重新下单",
      "订单状态",
      "取消订单",
      "订单详情"
    ],
    "support": [
      "联系方式",
      "联系人",
      "客户服务"
    ],
    "wishlist": [
      "愿望清单",
      "添加到愿望清单",
      "移至心愿单"
    ],
    "details": [
      "查看详情",
      "比较",
      "添加到比较列表"
    ],
    "search": [
      "搜索"
    ],
    "add-to-cart": [
      "添加到购物车",
      "加入购物车"
    ],
    "review": [
      "提交评论",
      "写评论"
    ],
    "checkout": [
      "立即购买",
      "继续结帐",
      "下单",
      "继续结账",
      "结帐"
    ],
    "view-cart": [
      "购物车",
      "查看购物车"
    ]
  },
  "fr": {
    "sign-in": [
      "Se connecter",
      "Connexion client",
      "Connexion",
      "Mon compte"
    ],
    "account": [
      "Réinitialiser le mot de passe",
      "Mot de passe oublié ?",
      "Profil",
      "Modifier le profil",
      "Ajouter une adresse",
      "Informations du compte",
      "Ajouter une nouvelle adresse",
      "Mot de passe oublié !"
    ],
    "sign-up": [
      "Créez votre compte",
      "Nouveau client ?",
      "S'inscrire",
      "S’inscrire"
    ],
    "subscribe": [
      "Souscrire à la newsletter",
      "S'abonner à la newsletter",
      "Souscrire"
    ],
    "noise": [
      "Supprimer",
      "Modifier",
      "Mettre à jour",
      "Annuler",
      "Quantité",
      "Devise",
      "Accepter",
      "Appliquer les filtres",
      "Filtrer",
      "Effacer tout",
      "Page suivante",
      "Page précédente",
      "Précédent",
      "Supprimer l'article",
      "Trier par",
      "Charger plus",
      "Tout effacer",
      "Filtre",
      "Trier",
      "Grille",
      "Liste",
      "Mettre à jour le panier",
      "Retour"
    ],
    "generic": [
      "Enregistrer",
      "Choisir",
      "Sélectionner",
      "Soumettre",
      "Enregistrer et continuer",
      "Suivant",
      "Envoyer",
      "Confirmer",
      "Continuer",
      "Appliquer"
    ],
    "orders": [
      "Commandes",
      "Recommander",
      "Statut de la commande",
      "Annuler la commande",
      "Détails de la commande"
    ],
    "wishlist": [
      "Liste de souhaits",
      "Ajouter à la liste de souhaits",
      "Déplacer dans la liste de souhaits"
    ],
    "details": [
      "Voir les détails",
      "Comparer",
      "Ajouter à la liste de comparaison"
    ],
    "search": [
      "Recherche",
      "Rechercher"
    ],
    "support": [
      "Service client"
    ],
    "add-to-cart": [
      "Ajouter au panier"
    ],
    "review": [
      "Envoyer un avis",
      "Rédiger un avis"
    ],
    "checkout": [
      "Acheter maintenant",
      "Continuer vers la caisse",
      "Continuer la commande",
      "Passer la commande",
      "Passer à la caisse",
      "Caisse"
    ],
    "view-cart": [
      "Panier",
      "Voir le panier",
      "Panier d'achat"
    ]
  }
},
};
