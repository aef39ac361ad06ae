/**
 * Words of github:solidusio/solidus_i18n, generated from test/classify/lexicon/labels/solidus.json by
 * scripts/lexicon/build-sources.mjs (do not edit: extract again). Files read: config/locales/<locale>.yml.
 */
import type { LexiconSource } from '../types.js';

export const solidusWords: LexiconSource = {
  id: "solidus",
  repo: "github:solidusio/solidus_i18n",
  paths: ["config/locales/<locale>.yml"],
  words: {
  "cs": {
    "noise": [
      "Přijmout",
      "Zpět",
      "zrušit",
      "Zavřít",
      "Měna",
      "Vymazat",
      "Upravit",
      "Vyprázdnit košík",
      "Vypsat",
      "Předchozí",
      "Množství",
      "Vyjmout"
    ],
    "add-to-cart": [
      "Přidat do košíku"
    ],
    "view-cart": [
      "Košík",
      "Nákupní košík"
    ],
    "checkout": [
      "K pokladně",
      "zaplatit",
      "Objednat"
    ],
    "generic": [
      "Potvrdit",
      "Pokračovat",
      "Další",
      "Uložit a pokračovat",
      "Výběr"
    ],
    "sign-up": [
      "Vytvořit nový účet",
      "Nový zákazník",
      "Zaregistrovat se jako nový uživatel",
      "Registrace"
    ],
    "details": [
      "Detail",
      "Dozvědět se více",
      "Detaily výrobku"
    ],
    "account": [
      "Zapomenuté heslo",
      "Resetovat mé heslo"
    ],
    "sign-in": [
      "Přihlášení",
      "Můj účet"
    ],
    "orders": [
      "Mé objednávky",
      "Detail objednávky",
      "Objednávky",
      "vrátit",
      "Položka pro vrácení zboží (RMA)",
      "Vracené položky",
      "Vratky"
    ],
    "search": [
      "Hledat"
    ]
  },
  "de": {
    "noise": [
      "Akzeptieren",
      "Zurück",
      "abbrechen",
      "Schließen",
      "Währung",
      "Löschen",
      "Bearbeiten",
      "Warenkorb leeren",
      "Filter",
      "Liste",
      "zurück",
      "Anzahl",
      "Entfernen",
      "Aktualisieren"
    ],
    "add-to-cart": [
      "In den Warenkorb"
    ],
    "view-cart": [
      "Warenkorb"
    ],
    "checkout": [
      "Zur Kasse",
      "Bestellung abschließen",
      "Bestellung bestätigen",
      "bezahlen",
      "Zahlungspflichtig bestellen"
    ],
    "generic": [
      "Bestätigen",
      "Fortfahren",
      "weiter",
      "Speichern und weiter",
      "Auswählen"
    ],
    "sign-up": [
      "Neues Konto erstellen",
      "Neuer Kunde",
      "Als Neukunde registrieren",
      "Registrierung"
    ],
    "details": [
      "Details",
      "Mehr dazu",
      "Produkt-Details",
      "Produkt anschauen"
    ],
    "account": [
      "Passwort vergessen?",
      "Mein Passwort zurücksetzen"
    ],
    "sign-in": [
      "Login",
      "Mein Konto"
    ],
    "orders": [
      "Meine Bestellungen",
      "Details der Bestellung",
      "Bestellungen",
      "zurückgeben",
      "Rückgabebewilligung",
      "Rücksendeartikel",
      "Rücksendungen"
    ],
    "search": [
      "Suchen"
    ]
  },
  "es": {
    "noise": [
      "Aceptar",
      "Atrás",
      "cancelar",
      "Cerrar",
      "Divisa",
      "Borrar",
      "Editar",
      "Carrito vacío",
      "Filtros",
      "Lista",
      "Previo",
      "Cantidad",
      "Quitar",
      "Actualizar"
    ],
    "add-to-cart": [
      "Añadir al Carrito"
    ],
    "view-cart": [
      "Carrito"
    ],
    "checkout": [
      "Realizar pedido",
      "Pedido Completo",
      "Confirmar Pedido",
      "pagar"
    ],
    "generic": [
      "Confirmar",
      "Continuar",
      "Siguiente",
      "Guardar y continuar",
      "Seleccionar"
    ],
    "sign-up": [
      "Crear una nueva cuenta",
      "Nuevo Cliente",
      "Registrar",
      "Registro"
    ],
    "details": [
      "Detalles",
      "saber más",
      "Detalles Producto",
      "Ver producto"
    ],
    "account": [
      "¿Olvidó la contraseña?",
      "Reinicializar password"
    ],
    "sign-in": [
      "Iniciar sesión",
      "Mi Cuenta"
    ],
    "orders": [
      "Mis Pedidos",
      "Detalles Pedido",
      "Pedidos",
      "Devolver",
      "Autorización de devolución de mercancía",
      "Artículos a devolver"
    ],
    "search": [
      "Buscar"
    ]
  },
  "fr": {
    "noise": [
      "Accepter",
      "Retour",
      "annuler",
      "Fermer",
      "Devise",
      "Supprimer",
      "Éditer",
      "Vider le panier",
      "Filtrer",
      "Liste",
      "Précédent",
      "Quantité",
      "Mise à jour"
    ],
    "add-to-cart": [
      "Ajouter au panier"
    ],
    "view-cart": [
      "Panier"
    ],
    "checkout": [
      "Passer la commande",
      "Compléter la commande",
      "payer"
    ],
    "generic": [
      "Confirmation",
      "Continuer",
      "Suivant",
      "Sélectionner"
    ],
    "sign-up": [
      "Créer un nouveau compte",
      "Nouveau client",
      "S'inscrire comme nouvel utilisateur",
      "Enregistrement"
    ],
    "details": [
      "Détails",
      "Pour en savoir plus",
      "Détails du produit"
    ],
    "account": [
      "Mot de passe oublié",
      "Réinitialiser mon mot de passe"
    ],
    "sign-in": [
      "Connexion",
      "Mon compte"
    ],
    "orders": [
      "Mes commandes",
      "Détails de la commande",
      "Commandes",
      "retourner",
      "Retour d'autorisation",
      "Retours"
    ],
    "search": [
      "Rechercher"
    ]
  },
  "it": {
    "noise": [
      "Accetta",
      "Indietro",
      "Annulla",
      "Chiudi",
      "Valuta",
      "Elimina",
      "Modifica",
      "Svuota il carrello",
      "Filtro",
      "Lista",
      "Precedente",
      "Quantità",
      "Rimuovi",
      "Aggiorna"
    ],
    "add-to-cart": [
      "Aggiungi al Carrello"
    ],
    "view-cart": [
      "Carrello"
    ],
    "checkout": [
      "Checkout",
      "Completa ordine",
      "Conferma Ordine",
      "paga",
      "Completa Ordine"
    ],
    "generic": [
      "Conferma",
      "Continua",
      "Prossimo",
      "Salva e Continua",
      "Seleziona"
    ],
    "sign-up": [
      "Crea un nuovo account",
      "Nuovo Cliente",
      "Registra"
    ],
    "details": [
      "Dettagli",
      "Dettagli Prodotto",
      "Visualizza il prodotto"
    ],
    "account": [
      "Password Dimenticata?",
      "Resetta la mia password"
    ],
    "sign-in": [
      "Login",
      "Il Mio Account"
    ],
    "orders": [
      "I Miei Ordini",
      "Dettagli Ordine",
      "Ordini",
      "ritorna",
      "Autorizzazione Restituzione",
      "Articoli resi"
    ],
    "search": [
      "Cerca"
    ]
  },
  "ja": {
    "noise": [
      "受付",
      "戻る",
      "キャンセル",
      "閉じる",
      "通貨",
      "削除",
      "編集",
      "カートを空にする",
      "リスト",
      "前へ",
      "量",
      "更新"
    ],
    "add-to-cart": [
      "カートに追加"
    ],
    "view-cart": [
      "カート",
      "ショッピングカート"
    ],
    "checkout": [
      "レジに進む",
      "支払い",
      "注文を送信する"
    ],
    "generic": [
      "確認する",
      "続ける",
      "次へ",
      "保存して続行",
      "選択"
    ],
    "sign-up": [
      "新規アカウント作成",
      "新規顧客",
      "新規ユーザーとして登録",
      "登録"
    ],
    "details": [
      "詳細",
      "もっと詳しく",
      "商品詳細"
    ],
    "account": [
      "パスワードを忘れた方",
      "パスワードを再設定する"
    ],
    "sign-in": [
      "ログイン"
    ],
    "orders": [
      "注文情報",
      "注文詳細",
      "注文",
      "返品",
      "返品承認"
    ],
    "search": [
      "検索"
    ]
  },
  "pt-BR": {
    "noise": [
      "Aceitar",
      "Voltar",
      "Cancelar",
      "Fechar",
      "Moeda",
      "Apagar",
      "Editar",
      "Esvaziar o Carrinho",
      "Filtrar",
      "Lista",
      "Anterior",
      "Quantidade",
      "Remover",
      "Atualizar"
    ],
    "add-to-cart": [
      "Adicionar ao Carrinho"
    ],
    "view-cart": [
      "Carrinho",
      "Carrinho de compra"
    ],
    "checkout": [
      "Finalizar Compra",
      "Confirmar Pedido",
      "Pagar",
      "Fazer Pedido"
    ],
    "generic": [
      "Confirme",
      "Continuar",
      "Próximo",
      "Salvar e Continuar",
      "Selecionar"
    ],
    "sign-up": [
      "Criar uma Nova Conta",
      "Criar Nova Conta",
      "Novo Cliente",
      "Registrar-se",
      "Registro"
    ],
    "details": [
      "Detalhes",
      "Aprenda Mais",
      "Detalhes do Produto",
      "Ver Produto na loja"
    ],
    "account": [
      "Esqueci a senha",
      "Restaurar minha senha"
    ],
    "sign-in": [
      "Entrar",
      "Minha Conta"
    ],
    "orders": [
      "Meus Pedidos",
      "Detalhes do Pedido",
      "Pedidos",
      "Devolução",
      "Autorização de devolução",
      "Itens Devolvidos",
      "Devoluções"
    ],
    "search": [
      "Busca"
    ]
  },
  "ru": {
    "noise": [
      "Принять",
      "Назад",
      "Отменить",
      "Закрыть",
      "Валюта",
      "Удалить",
      "Редактировать",
      "Очистить корзину",
      "Фильтр",
      "Список",
      "пред.",
      "Количество",
      "Убрать",
      "Изменить"
    ],
    "add-to-cart": [
      "Добавить в корзину"
    ],
    "view-cart": [
      "Корзина"
    ],
    "checkout": [
      "Оформление заказа",
      "Завершить заказ",
      "Подтвердить заказ",
      "оплатить",
      "Разместить заказ"
    ],
    "generic": [
      "Подтвердить",
      "Продолжить",
      "след.",
      "Сохранить и продолжить",
      "Выбрать"
    ],
    "sign-up": [
      "Создать новую учетную запись",
      "Для новых пользователей",
      "Зарегистрироваться как новый пользователь",
      "Регистрация"
    ],
    "details": [
      "Описание товара",
      "Узнать больше",
      "Посмотреть в магазине"
    ],
    "account": [
      "Забыли пароль?",
      "Сбросить мой пароль"
    ],
    "sign-in": [
      "Логин",
      "Моя учетная запись"
    ],
    "orders": [
      "Мои заказы",
      "Реквизиты заказа",
      "Заказы",
      "Возвратить",
      "Запрос на возврат",
      "Разрешения на возврат"
    ],
    "search": [
      "Поиск"
    ]
  },
  "sk": {
    "noise": [
      "Prijať",
      "Späť",
      "zrušiť",
      "Zavrieť",
      "Mena",
      "Zmazať",
      "Upraviť",
      "Vyprázdniť košík",
      "Zoznam",
      "Predchádzajúci",
      "Množstvo",
      "Odstrániť",
      "Aktualizovať"
    ],
    "add-to-cart": [
      "Pridať do košíka"
    ],
    "view-cart": [
      "Košík",
      "Nákupný košík"
    ],
    "checkout": [
      "Pokladňa",
      "platiť",
      "Objednať"
    ],
    "generic": [
      "Potvrdiť",
      "Pokračovať",
      "Ďalšie",
      "Uložiť a pokračovať",
      "Vyber"
    ],
    "sign-up": [
      "Vytvoriť nový účet",
      "Nový zákazník",
      "Registrovať sa ako nový používateľ",
      "Registrácia"
    ],
    "details": [
      "podrobnosti",
      "Viac informácií",
      "Detaily o produkte"
    ],
    "account": [
      "Zabudnuté heslo",
      "Vygeneruj heslo"
    ],
    "sign-in": [
      "Prihlásenie",
      "Môj účet"
    ],
    "orders": [
      "Moje objednávky",
      "Detaily objednávky",
      "Objednávky",
      "vrátiť sa",
      "Povolenie vrátenia"
    ],
    "search": [
      "Hľadať"
    ]
  },
  "sv": {
    "noise": [
      "Accept",
      "Tillbaka",
      "avbryt",
      "Stäng",
      "Valuta",
      "Ta bort",
      "Redigera",
      "Töm varukorgen",
      "Lista",
      "Föregående",
      "Antal",
      "Uppdatera"
    ],
    "add-to-cart": [
      "Lägg i varukorgen"
    ],
    "view-cart": [
      "Varukorg"
    ],
    "checkout": [
      "Kassa",
      "betala",
      "Placera order"
    ],
    "generic": [
      "Bekräfta",
      "Fortsätt",
      "Nästa",
      "Spara och fortsätt",
      "Välj"
    ],
    "sign-up": [
      "Skapa nytt konto",
      "Ny kund",
      "Registrera dig",
      "Registrering"
    ],
    "details": [
      "Detaljer",
      "Mer info",
      "Produktdetaljer"
    ],
    "account": [
      "Glömt Lösenord?",
      "Återställ mitt lösenord"
    ],
    "sign-in": [
      "Logga in",
      "Mitt konto"
    ],
    "orders": [
      "Mina beställningar",
      "Orderdetaljer",
      "Ordrar",
      "returera",
      "Returauktorisation",
      "Retur artklar",
      "Returer"
    ],
    "search": [
      "Sök"
    ]
  },
  "uk": {
    "noise": [
      "Прийняти",
      "Назад",
      "Скасувати",
      "Закрити",
      "Валюта",
      "Видалити",
      "Редагувати",
      "Очистити кошик",
      "Список",
      "поперед.",
      "Кількість",
      "Оновити"
    ],
    "add-to-cart": [
      "Додати в кошик"
    ],
    "view-cart": [
      "Кошик"
    ],
    "checkout": [
      "Оформлення замовлення",
      "сплатити",
      "Розмістити замовлення"
    ],
    "generic": [
      "Підтвердити",
      "Продовжити",
      "наст.",
      "Зберегти і продовжити",
      "Обрати"
    ],
    "sign-up": [
      "Створити новий обліковий запис",
      "Для нових користувачів",
      "Зареєструватися як новий користувач",
      "Реєстрація"
    ],
    "details": [
      "Докладно",
      "Дізнатися більше",
      "Докладно про товар"
    ],
    "account": [
      "Забули пароль?",
      "Скинути мій пароль"
    ],
    "sign-in": [
      "Логін",
      "Мій обліковий запис"
    ],
    "orders": [
      "Мої замовлення",
      "Докладно про замовлення",
      "Замовлення",
      "повернути",
      "Дозвіл на повернення товару",
      "Повернені позиції",
      "Повернення"
    ],
    "search": [
      "Пошук"
    ]
  },
  "bg": {
    "add-to-cart": [
      "Добави в кошницата"
    ],
    "view-cart": [
      "Кошница"
    ],
    "checkout": [
      "Плащане",
      "Плати",
      "Направи поръчка"
    ],
    "noise": [
      "Затвори",
      "Валута",
      "Изтрий",
      "Списък",
      "Предходен",
      "Количество",
      "Премахни",
      "Обнови"
    ],
    "generic": [
      "Потвърди",
      "Продължи",
      "Следващ"
    ],
    "sign-up": [
      "Създай нов акаунт",
      "Нов клиент",
      "Регистрирай се като нов потребител",
      "Регистрация"
    ],
    "account": [
      "Забравена парола",
      "Възстанови паролата"
    ],
    "details": [
      "Научи повече",
      "Информация за продукта"
    ],
    "sign-in": [
      "Вход",
      "Моя профил"
    ],
    "orders": [
      "Моите поръчки",
      "Поръчки",
      "върни"
    ],
    "search": [
      "Търси"
    ]
  },
  "da": {
    "add-to-cart": [
      "Tilføj til indkøbskurv"
    ],
    "noise": [
      "Tilbage",
      "annuller",
      "Luk",
      "Valuta",
      "Slet",
      "Rediger",
      "Tøm indkøbskurv",
      "Liste",
      "Foregående",
      "Antal",
      "Fjern",
      "Opdater"
    ],
    "view-cart": [
      "Indkøbskurv"
    ],
    "checkout": [
      "Til kassen",
      "Gennemfør bestilling",
      "Bekræft ordre",
      "betal",
      "Afgiv ordre"
    ],
    "generic": [
      "Bekræft",
      "Fortsæt",
      "Næste",
      "Gem og fortsæt",
      "Vælg"
    ],
    "sign-up": [
      "Opret en ny konto",
      "Ny kunde",
      "Registrer som nu bruger",
      "Registrering"
    ],
    "details": [
      "Detaljer",
      "Læs mere",
      "Varedetaljer"
    ],
    "account": [
      "Glemt adgangskode",
      "Nulstil min adgangskode"
    ],
    "sign-in": [
      "Log ind",
      "Min konto"
    ],
    "orders": [
      "Mine ordrer",
      "Ordredetaljer",
      "Ordrer",
      "vend tilbage",
      "Retur-godkendelse"
    ],
    "search": [
      "Søg"
    ]
  },
  "en": {
    "add-to-cart": [
      "Add To Basket"
    ],
    "noise": [
      "Back",
      "cancel",
      "Close",
      "Currency",
      "Delete",
      "Edit",
      "Empty Basket",
      "Filter",
      "List",
      "Previous",
      "Quantity",
      "Remove",
      "Update"
    ],
    "view-cart": [
      "Basket",
      "Shopping Basket"
    ],
    "checkout": [
      "Checkout",
      "pay",
      "Place Order"
    ],
    "generic": [
      "Confirm",
      "Continue",
      "Next",
      "Save and Continue",
      "Select"
    ],
    "sign-up": [
      "Create a new account",
      "New Customer",
      "Register as a New User",
      "Registration"
    ],
    "account": [
      "Forgot Password",
      "Reset my password"
    ],
    "details": [
      "Learn More",
      "Product Details"
    ],
    "sign-in": [
      "Login",
      "My Account"
    ],
    "orders": [
      "My Orders",
      "Order Details",
      "Orders",
      "return",
      "Return Authorisation"
    ],
    "search": [
      "Search"
    ]
  },
  "fi": {
    "add-to-cart": [
      "Lisää koriin"
    ],
    "noise": [
      "Takaisin",
      "peruuta",
      "Sulje",
      "Valuutta",
      "Poista",
      "Muokkaa",
      "Tyhjennä ostoskori",
      "Lista",
      "Edellinen",
      "Määrä",
      "Päivitä"
    ],
    "view-cart": [
      "Ostoskori"
    ],
    "checkout": [
      "Kassa",
      "maksa",
      "Tee tilaus"
    ],
    "generic": [
      "Vahvista",
      "Jatka",
      "Seuraava",
      "Tallenna ja jatka",
      "Valitse"
    ],
    "sign-up": [
      "Tee uusi tili",
      "Uusi asiakas",
      "Rekisteröidy uutena käyttäjänä",
      "Rekisteröityminen"
    ],
    "account": [
      "Unohdettu salasana",
      "Palauta salasana"
    ],
    "details": [
      "Lue lisää",
      "Tuotetiedot"
    ],
    "sign-in": [
      "Sisäänkirjautuminen",
      "Oma tili"
    ],
    "orders": [
      "Tilaukseni",
      "Tilauksen tiedot",
      "Tilaukset",
      "Asiakaspalautus"
    ],
    "search": [
      "Etsi"
    ]
  },
  "id": {
    "add-to-cart": [
      "Tambahkan ke Keranjang Belanja"
    ],
    "noise": [
      "Kembali",
      "Batal",
      "Tutup",
      "Mata Uang",
      "Hapus",
      "Ubah",
      "Kosongkan Keranjang Belanja",
      "Sebelumnya",
      "Jumlah",
      "Menghapus",
      "Perbarui"
    ],
    "view-cart": [
      "Keranjang belanja",
      "Keranjang Belanja"
    ],
    "checkout": [
      "Checkout",
      "Membayar",
      "Tempat Pemesanan"
    ],
    "generic": [
      "Yakin",
      "Lanjut",
      "Simpan dan Lanjutkan",
      "Pilih"
    ],
    "sign-up": [
      "Buat akun baru",
      "Pelanggan Baru",
      "Mendaftar sebagai Pengguna Baru",
      "Pendaftaran"
    ],
    "details": [
      "Detail",
      "Mengenal Lebih",
      "Rincian Produk"
    ],
    "account": [
      "Lupa Kata Sandi?",
      "atur ulang kata sandi"
    ],
    "sign-in": [
      "Login",
      "Akunku"
    ],
    "orders": [
      "Pemesanan Saya",
      "Rincian pemesanan",
      "Pemesanan",
      "Otorisasi Pengembalian",
      "Pengembalian Barang"
    ],
    "search": [
      "Cari"
    ]
  },
  "ko": {
    "add-to-cart": [
      "장바구니에 추가"
    ],
    "noise": [
      "뒤로",
      "취소",
      "삭제",
      "편집",
      "장바구니 비우기",
      "목록",
      "이전",
      "수정"
    ],
    "view-cart": [
      "장바구니"
    ],
    "generic": [
      "확인",
      "계속",
      "다음",
      "저장하고 계속",
      "선택"
    ],
    "sign-up": [
      "새 계정 생성",
      "새 고객",
      "등록"
    ],
    "details": [
      "Learn More",
      "상품 상세"
    ],
    "sign-in": [
      "로그인",
      "내 계정"
    ],
    "orders": [
      "내 주문",
      "주문 상세"
    ],
    "account": [
      "비밀번호 재설정"
    ],
    "search": [
      "검색"
    ]
  },
  "nb": {
    "add-to-cart": [
      "Legg i handlekurv"
    ],
    "noise": [
      "Tilbake",
      "Avbryt",
      "Lukk",
      "Valuta",
      "Slett",
      "Endre",
      "Tøm handlekurv",
      "Filter",
      "Liste",
      "Forrige",
      "Fjern",
      "Oppdater"
    ],
    "view-cart": [
      "Handlekurv"
    ],
    "checkout": [
      "Til kassen",
      "betal",
      "Bekreft ordre"
    ],
    "generic": [
      "Bekreft",
      "Fortsett",
      "Neste",
      "Lagre og Fortsett",
      "Velg"
    ],
    "sign-up": [
      "Opprett ny konto",
      "Ny kunde",
      "Registrer som ny bruker",
      "Registrering"
    ],
    "account": [
      "Glemt Passord",
      "Nullstill passord"
    ],
    "details": [
      "Finn ut mer",
      "Produktdetaljer"
    ],
    "sign-in": [
      "Logg inn",
      "Min konto"
    ],
    "orders": [
      "Mine ordrer",
      "Ordredetaljer",
      "Ordrer",
      "returner",
      "Returautorisasjon"
    ],
    "search": [
      "Søk"
    ]
  },
  "nl": {
    "add-to-cart": [
      "Toevoegen aan winkelwagen"
    ],
    "noise": [
      "Terug",
      "Annuleer",
      "Sluiten",
      "Valuta",
      "Verwijder",
      "Wijzig",
      "Winkelwagen legen",
      "Lijst",
      "vorige",
      "Hoeveelheid",
      "Verwijderen",
      "Aanpassen"
    ],
    "view-cart": [
      "Winkelwagen"
    ],
    "checkout": [
      "Afrekenen",
      "Betalen",
      "Bestellen"
    ],
    "generic": [
      "Bevestig",
      "Ga verder",
      "Volgende",
      "Bewaren en doorgaan",
      "Selecteer"
    ],
    "sign-up": [
      "Maak een nieuwe account aan",
      "Nieuwe klant",
      "Registreer als een nieuwe gebruiker",
      "Registratie"
    ],
    "account": [
      "Wachtwoord vergeten",
      "Reset mijn wachtwoord"
    ],
    "details": [
      "Lees meer",
      "Product details"
    ],
    "sign-in": [
      "Aanmelden"
    ],
    "orders": [
      "Mijn bestellingen",
      "Bestellingsdetails",
      "Bestellingen",
      "Terugzenden"
    ],
    "search": [
      "Zoek"
    ]
  },
  "pl": {
    "add-to-cart": [
      "Dodaj do koszyka"
    ],
    "noise": [
      "Powrót",
      "Rezygnuj",
      "Zamknij",
      "Waluta",
      "Usuń",
      "Edycja",
      "Pusty koszyk",
      "Lista",
      "Poprzedni",
      "Ilość",
      "Uaktualnij"
    ],
    "view-cart": [
      "Koszyk"
    ],
    "checkout": [
      "Złożenie zamówienia",
      "zapłać",
      "Złóż zamówienie"
    ],
    "generic": [
      "Potwierdź",
      "Dalej",
      "Następny",
      "Zachowaj i kontynuuj",
      "Wybierz"
    ],
    "sign-up": [
      "Utwórz nowe konto",
      "Nowy klient",
      "Zarejestruj",
      "Rejestracja"
    ],
    "account": [
      "Zapomniałeś hasła?",
      "Ponownie ustaw moje hasło"
    ],
    "details": [
      "Dowiedz się więcej",
      "Szczegóły produktu"
    ],
    "sign-in": [
      "Logowanie",
      "Moje konto"
    ],
    "orders": [
      "Moje zamówienia",
      "Szczegóły zamówienia",
      "Zamówienia",
      "zwróć",
      "Autoryzacja zwrotu",
      "Zwroty"
    ],
    "search": [
      "Szukaj"
    ]
  },
  "pt-PT": {
    "add-to-cart": [
      "Adicionar ao Carrinho de Compras"
    ],
    "noise": [
      "Voltar",
      "cancelar",
      "Apagar",
      "Editar de Imposto",
      "Esvaziar o Carro",
      "Lista",
      "anterior",
      "Remover",
      "Atualizar"
    ],
    "view-cart": [
      "Carrinho de Compras",
      "Carrinho de Compra"
    ],
    "checkout": [
      "Finalizar compra",
      "Pague",
      "Fazer Pedido"
    ],
    "generic": [
      "Confirme",
      "Continuar",
      "Próximo",
      "Guardar e Continuar",
      "Selecionar"
    ],
    "sign-up": [
      "Criar uma nova conta",
      "Novo Cliente",
      "Registrar-se",
      "Registo"
    ],
    "account": [
      "Esqueci-me da minha password",
      "Repôr a minha password"
    ],
    "details": [
      "Learn More",
      "Detalhes do Produto"
    ],
    "sign-in": [
      "Login",
      "Minha Conta"
    ],
    "orders": [
      "As Minhas Encomendas",
      "Detalhes do Pedido",
      "Encomendas",
      "Devolução",
      "Autorização de devolução"
    ],
    "search": [
      "Pesquisa"
    ]
  },
  "ro": {
    "add-to-cart": [
      "Adaugă în coș"
    ],
    "noise": [
      "Înapoi",
      "anulează",
      "Închide",
      "Valuta",
      "Șterge",
      "Modifică",
      "Golește coșul",
      "Listă",
      "Precedent",
      "Cantitate"
    ],
    "view-cart": [
      "Coșul meu",
      "Coș cumpărături"
    ],
    "checkout": [
      "Efectuați plata",
      "plătește",
      "Plasează comanda"
    ],
    "generic": [
      "Confirmă",
      "Continuă",
      "Următorul",
      "Salvează și continuă",
      "Selectează"
    ],
    "sign-up": [
      "Creează un nou cont",
      "Client nou",
      "Înregistrează-te ca utilizator nou",
      "Înregistrare"
    ],
    "account": [
      "Ai uitat parola?",
      "Resetează parola"
    ],
    "details": [
      "Învață mai multe",
      "Detalii produs"
    ],
    "sign-in": [
      "Autentificare",
      "Contul meu"
    ],
    "orders": [
      "Comenzile mele",
      "Detaliile comenzii",
      "Comenzi",
      "retur",
      "Aviz de retur"
    ],
    "search": [
      "Caută"
    ]
  },
  "sl": {
    "add-to-cart": [
      "Dodaj v košarico"
    ],
    "noise": [
      "Nazaj",
      "prekini",
      "Izbriši",
      "Uredi",
      "Izprazni košarico",
      "Seznam",
      "Odstrani",
      "Spremeni"
    ],
    "view-cart": [
      "Košarica",
      "Nakupovalna košarica"
    ],
    "checkout": [
      "Naročilo",
      "plačaj",
      "Oddaj naročilo"
    ],
    "generic": [
      "Potrdi",
      "Nadaljuj",
      "Naprej",
      "Shrani in nadaljuj",
      "Izberi"
    ],
    "sign-up": [
      "Ustvari nov račun",
      "Nova stranka",
      "Registriraj se kot nov uporabnik",
      "Registracija"
    ],
    "account": [
      "Ne spomnim se gesla",
      "Ponastavi moje geslo"
    ],
    "details": [
      "Learn More",
      "Podrobnosti izdelka"
    ],
    "sign-in": [
      "Prijava",
      "Moj račun"
    ],
    "orders": [
      "Moja naročila",
      "Podrobnosti naročila",
      "Naročila",
      "vračilo",
      "Avtorizacija vračila"
    ],
    "search": [
      "Najdi"
    ]
  },
  "th": {
    "add-to-cart": [
      "เพิ่มลงตะกร้า"
    ],
    "noise": [
      "กลับ",
      "ยกเลิก",
      "ปิด",
      "สกุลเงิน",
      "ลบ",
      "แก้ไข",
      "ล้างตะกร้า",
      "รายการ",
      "ก่อนหน้า",
      "จำนวน"
    ],
    "view-cart": [
      "ตะกร้าสินค้า"
    ],
    "checkout": [
      "สั่งซื้อ",
      "ชำระ"
    ],
    "generic": [
      "ยืนยันรหัสผ่าน",
      "ดำเนินการต่อ",
      "ถัดไป",
      "บันทึกและดำเนินการต่อ",
      "เลือก"
    ],
    "sign-up": [
      "สร้างบัญชีผู้ใช้ใหม่",
      "สมัครสมาชิก",
      "ลงทะเบียน"
    ],
    "account": [
      "ลืมรหัสผ่าน",
      "ตั้งรหัสผ่านใหม่"
    ],
    "details": [
      "เพิ่มเติม",
      "รายละเอียดสินค้า"
    ],
    "sign-in": [
      "เข้าสู่ระบบ",
      "บัญชีของท่าน"
    ],
    "orders": [
      "รายการสั่งซื้อ",
      "รายละเอียดการสั่งซื้อ",
      "รายการคืนสินค้า"
    ],
    "search": [
      "ค้นหา"
    ]
  },
  "tr": {
    "add-to-cart": [
      "Sepete Ekle"
    ],
    "noise": [
      "Geri",
      "iptal",
      "Kapat",
      "Kur",
      "Sil",
      "Düzenle",
      "Sepeti Boşalt",
      "Liste",
      "Önceki",
      "Miktar",
      "Kaldır",
      "Güncelle"
    ],
    "view-cart": [
      "Sepet",
      "Alışveriş Sepeti"
    ],
    "checkout": [
      "Ödeme",
      "öde",
      "Sipariş Ver"
    ],
    "generic": [
      "Onay",
      "Devam Et",
      "Sonraki",
      "Kaydet ve İlerle",
      "Seç"
    ],
    "sign-up": [
      "Yeni hesap oluştur",
      "Yeni Müşteri",
      "Kayıt ol",
      "Kayıt"
    ],
    "details": [
      "Ayrıntılar",
      "Daha Fazla",
      "Ürün Ayrıntıları"
    ],
    "account": [
      "Şifrenizi mi Unuttunuz?",
      "Şifremi Sıfırla"
    ],
    "sign-in": [
      "Giriş",
      "Hesabım"
    ],
    "orders": [
      "Siparişlerim",
      "Sipariş Ayrıntıları",
      "Siparişler",
      "iade",
      "İade Yönetimi"
    ],
    "search": [
      "Arama"
    ]
  },
  "vi": {
    "add-to-cart": [
      "Cho vào sọt"
    ],
    "noise": [
      "Quay lại",
      "Hủy",
      "Đóng",
      "Xóa",
      "Sửa đổi",
      "Làm rỗng sọt",
      "Liệt kê",
      "Trước",
      "Số lượng",
      "Cập nhật"
    ],
    "view-cart": [
      "Sọt hàng",
      "Sọt mua sắm"
    ],
    "checkout": [
      "Thủ tục mua hàng",
      "thanh toán",
      "Đặt hàng"
    ],
    "generic": [
      "Xác nhận",
      "Tiếp tục",
      "Tiếp",
      "Lưu và tiếp tục",
      "Lựa chọn"
    ],
    "sign-up": [
      "Tạo một tài khoản mới",
      "Khách hàng mới",
      "Đăng ký như một thành viên mới",
      "Đăng ký"
    ],
    "account": [
      "Quên mật khẩu",
      "Khởi tạo lại mật khẩu"
    ],
    "details": [
      "Đọc thêm",
      "Chi tiết sản phẩm"
    ],
    "sign-in": [
      "Đăng nhập",
      "Tài khoản của tôi"
    ],
    "orders": [
      "Đơn đặt hàng của tôi",
      "Chi tiết đơn hàng",
      "Đơn hàng",
      "trở về",
      "Ủy Quyền Trả Về"
    ],
    "search": [
      "Tìm kiếm"
    ]
  },
  "zh-CN": {
    "add-to-cart": [
      "加入购物车"
    ],
    "noise": [
      "后退",
      "取消",
      "关闭",
      "币种",
      "删除",
      "编辑",
      "清空购物车",
      "过滤",
      "列表",
      "上一页",
      "数量",
      "移出",
      "更新"
    ],
    "view-cart": [
      "购物车"
    ],
    "checkout": [
      "结账",
      "支付",
      "下单"
    ],
    "generic": [
      "确认",
      "继续",
      "保存并继续",
      "选择"
    ],
    "sign-up": [
      "创建一个新帐号",
      "新建客户",
      "注册成为新用户",
      "注册"
    ],
    "details": [
      "详情",
      "更多",
      "产品详情"
    ],
    "account": [
      "忘记密码",
      "重置密码"
    ],
    "sign-in": [
      "登录",
      "我的帐户"
    ],
    "orders": [
      "我的订单",
      "订单详情",
      "订单",
      "退回",
      "退货审批"
    ],
    "search": [
      "搜索"
    ]
  },
  "zh-TW": {
    "add-to-cart": [
      "加到購物車"
    ],
    "noise": [
      "返回",
      "取消",
      "關閉",
      "幣別",
      "刪除",
      "編輯",
      "清空購物車",
      "列表",
      "上一個",
      "數量",
      "移除",
      "更新"
    ],
    "view-cart": [
      "購物車"
    ],
    "checkout": [
      "結帳",
      "付款",
      "落單"
    ],
    "generic": [
      "確認",
      "繼續",
      "儲存後繼續",
      "選擇"
    ],
    "sign-up": [
      "建立新帳號",
      "新增客戶",
      "註冊新用戶",
      "註冊"
    ],
    "account": [
      "忘記密碼",
      "重設密碼"
    ],
    "details": [
      "Learn More",
      "商品資料"
    ],
    "sign-in": [
      "登入",
      "我的帳戶"
    ],
    "orders": [
      "我的訂單",
      "訂單資料",
      "訂單",
      "退回",
      "退貨資料"
    ],
    "search": [
      "搜尋"
    ]
  }
},
};
