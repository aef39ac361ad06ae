/**
 * Words of github:spree-contrib/spree_i18n, generated from test/classify/lexicon/labels/spree.json by
 * scripts/lexicon/build-sources.mjs (do not edit: extract again). Files read: config/locales/<locale>.yml.
 */
import type { LexiconSource } from '../types.js';

export const spreeWords: LexiconSource = {
  id: "spree",
  repo: "github:spree-contrib/spree_i18n",
  paths: ["config/locales/<locale>.yml"],
  words: {
  "ar": {
    "noise": [
      "قبول",
      "عودة",
      "إلغاء",
      "مسح",
      "مسح الكل",
      "إغلاق",
      "العملة",
      "حذف",
      "تعديل",
      "عربة فارغة",
      "فلتر",
      "اللغة",
      "قائمة",
      "السابق",
      "الكمية",
      "إزالة",
      "الترتيب حسب",
      "تحديث"
    ],
    "account": [
      "إضافة عنوان جديد",
      "العناوين",
      "تغيير كلمة المرور",
      "نسيت كلمة المرور؟",
      "إعادة تعيين كلمة المرور"
    ],
    "add-to-cart": [
      "أضف إلى السلة"
    ],
    "generic": [
      "تطبيق",
      "تأكيد",
      "Continue",
      "تم",
      "التالي",
      "موافق",
      "حفظ ومتابعة",
      "حدد"
    ],
    "orders": [
      "إلغاء الطلب",
      "طلباتي",
      "تفاصيل الطلب",
      "الطلبات",
      "العودة",
      "تصريح الإرجاع",
      "المرتجعات"
    ],
    "view-cart": [
      "عربة",
      "عربة التسوق"
    ],
    "checkout": [
      "الدفع",
      "دفع",
      "تقديم الطلب"
    ],
    "support": [
      "تواصل",
      "الدعم"
    ],
    "sign-up": [
      "إنشاء حساب جديد",
      "عميل جديد",
      "سجل كمستخدم جديد",
      "التسجيل",
      "إنشاء حساب"
    ],
    "details": [
      "التفاصيل",
      "اعرف المزيد",
      "تفاصيل المنتج",
      "عرض التفاصيل"
    ],
    "sign-in": [
      "تسجيل الدخول",
      "حسابي"
    ],
    "search": [
      "بحث",
      "البحث عن منتجات"
    ],
    "wishlist": [
      "قائمة الأمنيات"
    ]
  },
  "bg": {
    "noise": [
      "Приеми",
      "Назад",
      "Отмени",
      "Изчисти",
      "Изчисти всичко",
      "Затвори",
      "Валута",
      "Изтрий",
      "Изпразни кошницата",
      "Филтър",
      "Език",
      "Списък",
      "Предходен",
      "Количество",
      "Премахни",
      "Сортиране по",
      "Обнови"
    ],
    "account": [
      "Добави нов адрес",
      "Адреси",
      "Смени паролата",
      "Забравена парола",
      "Възстанови паролата"
    ],
    "add-to-cart": [
      "Добави в кошницата"
    ],
    "generic": [
      "Приложи",
      "Потвърди",
      "Продължи",
      "Готово",
      "Следващ",
      "ОК",
      "Запази и продължи"
    ],
    "orders": [
      "Отмени поръчката",
      "Моите поръчки",
      "Поръчки",
      "върни",
      "Клиентни връщания"
    ],
    "view-cart": [
      "Кошница"
    ],
    "checkout": [
      "Плащане",
      "Плати",
      "Направи поръчка"
    ],
    "support": [
      "Свържете се с нас",
      "Поддръжка"
    ],
    "sign-up": [
      "Създай нов акаунт",
      "Нов клиент",
      "Регистрирай се като нов потребител",
      "Регистрация"
    ],
    "details": [
      "Детайли",
      "Научи повече",
      "Информация за продукта",
      "Покажи подробности"
    ],
    "sign-in": [
      "Вход",
      "Моя профил"
    ],
    "search": [
      "Търси",
      "Търсене на продукти"
    ],
    "wishlist": [
      "Списък с желания"
    ]
  },
  "cs": {
    "noise": [
      "Přijmout",
      "Zpět",
      "zrušit",
      "Vymazat",
      "Vymazat vše",
      "Zavřít",
      "Měna",
      "Upravit",
      "Vyprázdnit košík",
      "Filtr",
      "Jazyk",
      "Vypsat",
      "Předchozí",
      "Množství",
      "Vyjmout",
      "Seřadit podle"
    ],
    "account": [
      "Přidat novou adresu",
      "Adresy",
      "Změnit heslo",
      "Zapomenuté heslo",
      "Resetovat mé heslo"
    ],
    "add-to-cart": [
      "Přidat do košíku"
    ],
    "generic": [
      "Použít",
      "Potvrdit",
      "Pokračovat",
      "Hotovo",
      "Další",
      "OK",
      "Uložit a pokračovat",
      "Výběr"
    ],
    "orders": [
      "Zrušit objednávku",
      "Mé objednávky",
      "Detail objednávky",
      "Objednávky",
      "vrátit",
      "Položka pro vrácení zboží (RMA)",
      "Vracené položky",
      "Vratky"
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
    "support": [
      "Kontaktujte nás",
      "Podpora"
    ],
    "sign-up": [
      "Vytvořit nový účet",
      "Nový zákazník",
      "Zaregistrovat se jako nový uživatel",
      "Registrace",
      "Registrovat se"
    ],
    "details": [
      "Detail",
      "Dozvědět se více",
      "Detaily výrobku",
      "Zobrazit podrobnosti"
    ],
    "sign-in": [
      "Přihlásit se",
      "Přihlášení",
      "Můj účet"
    ],
    "search": [
      "Hledat",
      "Hledat produkty"
    ],
    "wishlist": [
      "Seznam přání"
    ]
  },
  "de": {
    "noise": [
      "Akzeptieren",
      "Zurück",
      "abbrechen",
      "Löschen",
      "Alle löschen",
      "Schließen",
      "Währung",
      "Bearbeiten",
      "Warenkorb leeren",
      "Filtern",
      "Sprache",
      "Liste",
      "Anzahl",
      "Entfernen",
      "Sortieren nach",
      "Aktualisieren"
    ],
    "account": [
      "Neue Adresse hinzufügen",
      "Addressen",
      "Passwort ändern",
      "Passwort vergessen?",
      "Mein Passwort zurücksetzen"
    ],
    "add-to-cart": [
      "In den Warenkorb"
    ],
    "generic": [
      "Anwenden",
      "Bestätigen",
      "Fortfahren",
      "Fertig",
      "weiter",
      "OK",
      "Weiter",
      "Auswählen"
    ],
    "orders": [
      "Bestellung stornieren",
      "Meine Bestellungen",
      "Details der Bestellung",
      "Bestellungen",
      "zurückgeben",
      "Rückgabebewilligung",
      "Rücksendeartikel",
      "Rücksendungen"
    ],
    "view-cart": [
      "Warenkorb"
    ],
    "checkout": [
      "Zur Kasse",
      "Bestellung speichern",
      "Bestellung bestätigen",
      "bezahlen",
      "Zahlungspflichtig bestellen"
    ],
    "support": [
      "Nehmen Sie Kontakt auf",
      "Hilfezentrum",
      "Support"
    ],
    "sign-up": [
      "Neues Konto erstellen",
      "Neuer Kunde",
      "Als Neukunde registrieren",
      "Registrierung",
      "Registrieren"
    ],
    "details": [
      "Details",
      "Mehr dazu",
      "Produkt-Details",
      "Details anzeigen"
    ],
    "sign-in": [
      "Anmelden",
      "Login",
      "Mein Konto"
    ],
    "search": [
      "Suchen",
      "Produkte suchen"
    ],
    "wishlist": [
      "Wunschliste"
    ]
  },
  "es": {
    "noise": [
      "Aceptar",
      "Volver",
      "Cancelar",
      "Borrar",
      "Borrar todo",
      "Cerrar",
      "Moneda",
      "Editar",
      "Carrito vacío",
      "Filtro",
      "Idioma",
      "Lista",
      "Previo",
      "Cantidad",
      "Eliminar",
      "Ordenar por",
      "Actualizar"
    ],
    "account": [
      "Agregar dirección nueva",
      "Direcciones",
      "Cambiar contraseña",
      "¿Olvidaste el password?",
      "Recuperar mi password"
    ],
    "add-to-cart": [
      "Añadir al carrito"
    ],
    "generic": [
      "Aplicar",
      "Confirmar",
      "Continuar",
      "Hecho",
      "Siguiente",
      "OK",
      "Guardar y continuar",
      "Seleccionar"
    ],
    "orders": [
      "Cancelar pedido",
      "Mis Pedidos",
      "Detalles del pedido",
      "Pedidos",
      "devolver",
      "Autorización para devolución",
      "Artículos de retorno",
      "Devoluciones"
    ],
    "view-cart": [
      "Carrito",
      "Carrito de Compras"
    ],
    "checkout": [
      "Realizar pedido",
      "pagar",
      "Ponga el pedido"
    ],
    "support": [
      "Contáctenos",
      "Centro de ayuda",
      "Soporte"
    ],
    "sign-up": [
      "Crear una nueva cuenta",
      "Nuevo Cliente",
      "Registrar",
      "Registro",
      "Registrarse"
    ],
    "details": [
      "Detalles",
      "Aprender más",
      "Detalles del producto",
      "Mostrar detalles"
    ],
    "sign-in": [
      "Ingresar",
      "Validación",
      "Mi Cuenta"
    ],
    "search": [
      "Buscar",
      "Buscar productos"
    ],
    "wishlist": [
      "Lista de deseos"
    ]
  },
  "fr": {
    "noise": [
      "Accepter",
      "Retour",
      "annuler",
      "Effacer",
      "Tout effacer",
      "Fermer",
      "Devise",
      "Supprimer",
      "Éditer",
      "Vider le panier",
      "Filtrer",
      "Langue",
      "Liste",
      "Précédent",
      "Quantité",
      "Trier par",
      "Mise à jour"
    ],
    "account": [
      "Ajouter une nouvelle adresse",
      "Adresses",
      "Changer le mot de passe",
      "Mot de passe oublié",
      "Réinitialiser mon mot de passe"
    ],
    "add-to-cart": [
      "Ajouter au panier"
    ],
    "generic": [
      "Appliquer",
      "Confirmation",
      "Continuer",
      "Terminé",
      "Suivant",
      "OK",
      "Sélectionner"
    ],
    "orders": [
      "Annuler la commande",
      "Mes commandes",
      "Détails de la commande",
      "Commandes",
      "retourner",
      "Autorisation de retour",
      "Retourner les articles",
      "Retours"
    ],
    "view-cart": [
      "Panier"
    ],
    "checkout": [
      "Passer la commande",
      "Sauvegarder la commande",
      "Confirmer la commande",
      "payer"
    ],
    "sign-up": [
      "Créer un nouveau compte",
      "Nouveau client",
      "S'inscrire comme nouvel utilisateur",
      "Enregistrement",
      "S'inscrire"
    ],
    "details": [
      "Détails",
      "Pour en savoir plus",
      "Détails du produit",
      "Afficher les détails"
    ],
    "support": [
      "Centre d'aide",
      "Assistance"
    ],
    "sign-in": [
      "Se connecter",
      "Connexion",
      "Mon compte"
    ],
    "search": [
      "Rechercher",
      "Rechercher des produits"
    ],
    "wishlist": [
      "Liste de souhaits"
    ]
  },
  "hu": {
    "noise": [
      "Elfogadás",
      "Vissza",
      "mégsem",
      "Törlés",
      "Összes törlése",
      "Bezár",
      "Árfolyam",
      "Delete",
      "Szerkesztés",
      "Üres kosár",
      "Szűrő",
      "Nyelv",
      "List",
      "Previous",
      "Quantity",
      "Remove",
      "Rendezés szerint",
      "Frissít"
    ],
    "account": [
      "Új cím hozzáadása",
      "Címek",
      "Jelszó módosítása",
      "Forgot Password",
      "Reset my password"
    ],
    "add-to-cart": [
      "Hozzáadás a kosárhoz"
    ],
    "generic": [
      "Alkalmaz",
      "Megerősítés",
      "Folytatás",
      "Kész",
      "Next",
      "OK",
      "Save and Continue",
      "Select"
    ],
    "orders": [
      "Rendelés lemondása",
      "My Orders",
      "Order Details",
      "Orders",
      "return",
      "Return Authorisation"
    ],
    "view-cart": [
      "Kosár",
      "Shopping Basket"
    ],
    "checkout": [
      "Vásárlás befejezése",
      "pay",
      "Place Order"
    ],
    "support": [
      "Kapcsolatfelvétel",
      "Támogatás"
    ],
    "sign-up": [
      "Új fiók létrehozása",
      "New Customer",
      "Register as a New User",
      "Registration",
      "Regisztráció"
    ],
    "details": [
      "Learn More",
      "Product Details",
      "Részletek megjelenítése"
    ],
    "sign-in": [
      "Bejelentkezés",
      "Login",
      "My Account"
    ],
    "search": [
      "Search",
      "Termékek keresése"
    ],
    "wishlist": [
      "Kívánságlista"
    ]
  },
  "it": {
    "noise": [
      "Accetta",
      "Indietro",
      "annulla",
      "Cancella",
      "Cancella tutto",
      "Chiudi",
      "Valuta",
      "Elimina",
      "Modifica",
      "Vuota Carrello",
      "Filtro",
      "Lingua",
      "Lista",
      "Precedente",
      "Quantità",
      "Rimuovi",
      "Ordina per",
      "Aggiorna"
    ],
    "account": [
      "Aggiungi nuovo indirizzo",
      "Indirizzi",
      "Cambia password",
      "Password Dimenticata?",
      "Resetta la mia password"
    ],
    "add-to-cart": [
      "Aggiungi al Carrello"
    ],
    "generic": [
      "Applica",
      "Conferma",
      "Continua",
      "Fatto",
      "Prossimo",
      "OK",
      "Salva e Continua",
      "Seleziona"
    ],
    "orders": [
      "Annulla ordine",
      "I Miei Ordini",
      "Dettagli Ordine",
      "Ordini",
      "ritorna",
      "Autorizzazione Restituzione",
      "Articoli Reso",
      "Resi"
    ],
    "view-cart": [
      "Carrello"
    ],
    "checkout": [
      "Checkout",
      "paga",
      "Completa Ordine"
    ],
    "support": [
      "Contatto",
      "Assistenza"
    ],
    "sign-up": [
      "Crea un nuovo account",
      "Nuovo Cliente",
      "Registra",
      "Registrazione",
      "Registrati"
    ],
    "details": [
      "Dettagli",
      "Dettagli Prodotto",
      "Mostra dettagli"
    ],
    "sign-in": [
      "Accedi",
      "Login",
      "Il Mio Account"
    ],
    "search": [
      "Cerca",
      "Cerca prodotti"
    ],
    "wishlist": [
      "Lista dei desideri"
    ]
  },
  "nb": {
    "noise": [
      "Aksepterer",
      "Tilbake",
      "Avbryt",
      "Tøm",
      "Tøm alt",
      "Lukk",
      "Valuta",
      "Slett",
      "Endre",
      "Tøm handlekurv",
      "Filter",
      "Språk",
      "Liste",
      "Forrige",
      "Mengde",
      "Fjern",
      "Sorter etter",
      "Oppdater"
    ],
    "account": [
      "Legg til ny adresse",
      "Adresser",
      "Endre passord",
      "Glemt Passord",
      "Nullstill passord"
    ],
    "add-to-cart": [
      "Legg i handlekurv"
    ],
    "generic": [
      "Bruk",
      "Bekreft",
      "Fortsett",
      "Ferdig",
      "Neste",
      "OK",
      "Lagre og Fortsett",
      "Velg"
    ],
    "orders": [
      "Kanseller ordre",
      "Mine ordrer",
      "Ordredetaljer",
      "Ordrer",
      "returner",
      "Returautorisasjon",
      "Returvarer",
      "Returnerer"
    ],
    "view-cart": [
      "Handlekurv"
    ],
    "checkout": [
      "Til kassen",
      "betal",
      "Bekreft ordre"
    ],
    "support": [
      "Kontakt oss",
      "Hjelpesenter",
      "Kundestøtte"
    ],
    "sign-up": [
      "Opprett ny konto",
      "Ny kunde",
      "Registrer som ny bruker",
      "Registrering",
      "Melde deg på"
    ],
    "details": [
      "Detaljer",
      "Finn ut mer",
      "Produktdetaljer",
      "Vis detaljer"
    ],
    "sign-in": [
      "Logg Inn",
      "Logg inn",
      "Min konto"
    ],
    "search": [
      "Søk",
      "Søk etter produkter"
    ],
    "wishlist": [
      "Ønskeliste"
    ]
  },
  "nl": {
    "noise": [
      "Accepteer",
      "Terug",
      "Annuleer",
      "Wissen",
      "Alles wissen",
      "Sluiten",
      "Valuta",
      "Verwijder",
      "Wijzig",
      "Winkelwagen legen",
      "Filteren",
      "Taal",
      "Lijst",
      "vorige",
      "Hoeveelheid",
      "Verwijderen",
      "Sorteren op",
      "Aanpassen"
    ],
    "account": [
      "Nieuw adres toevoegen",
      "Adressen",
      "Wachtwoord wijzigen",
      "Wachtwoord vergeten",
      "Reset mijn wachtwoord"
    ],
    "add-to-cart": [
      "Toevoegen aan winkelwagen"
    ],
    "generic": [
      "Toepassen",
      "Bevestig",
      "Ga verder",
      "Klaar",
      "Volgende",
      "OK",
      "Bewaren en doorgaan",
      "Selecteer"
    ],
    "orders": [
      "Order annuleren",
      "Mijn bestellingen",
      "Bestellingsdetails",
      "Bestellingen",
      "Terugzenden",
      "Retouren"
    ],
    "view-cart": [
      "Winkelwagen"
    ],
    "checkout": [
      "Afrekenen",
      "Betalen",
      "Bestellen"
    ],
    "support": [
      "Neem contact op",
      "Ondersteuning"
    ],
    "sign-up": [
      "Maak een nieuwe account aan",
      "Nieuwe klant",
      "Registreer als een nieuwe gebruiker",
      "Registratie",
      "Registreren"
    ],
    "details": [
      "Details",
      "Lees meer",
      "Product details",
      "Details weergeven"
    ],
    "sign-in": [
      "Inloggen",
      "Aanmelden"
    ],
    "search": [
      "Zoek",
      "Producten zoeken"
    ],
    "wishlist": [
      "Verlanglijst"
    ]
  },
  "pl": {
    "noise": [
      "Akceptuj",
      "Powrót",
      "Rezygnuj",
      "Wyczyść",
      "Wyczyść wszystko",
      "Zamknij",
      "Waluta",
      "Usuń",
      "Edycja",
      "Pusty koszyk",
      "Filtr",
      "Język",
      "Lista",
      "Poprzedni",
      "Liczba",
      "Sortuj według",
      "Uaktualnij"
    ],
    "account": [
      "Dodaj nowy adres",
      "Adresy",
      "Zmień hasło",
      "Zapomniałeś hasła?",
      "Ponownie ustaw moje hasło"
    ],
    "add-to-cart": [
      "Dodaj do koszyka"
    ],
    "generic": [
      "Zastosuj",
      "Potwierdź",
      "Dalej",
      "Gotowe",
      "Następny",
      "OK",
      "Zapisz i kontynuuj",
      "Wybierz"
    ],
    "orders": [
      "Anuluj zamówienie",
      "Moje zamówienia",
      "Szczegóły zamówienia",
      "Zamówienia",
      "zwróć",
      "Autoryzacja zwrotu",
      "Zwróć przedmioty",
      "Zwroty"
    ],
    "view-cart": [
      "Koszyk"
    ],
    "checkout": [
      "Złożenie zamówienia",
      "zapłać",
      "Złóż zamówienie"
    ],
    "support": [
      "Skontaktuj się z nami",
      "Centrum Pomocy",
      "Wsparcie"
    ],
    "sign-up": [
      "Utwórz nowe konto",
      "Nowy klient",
      "Zarejestruj",
      "Rejestracja",
      "Zarejestruj się"
    ],
    "details": [
      "Szczegóły",
      "Dowiedz się więcej",
      "Szczegóły produktu",
      "Pokaż szczegóły"
    ],
    "sign-in": [
      "Zaloguj się",
      "Logowanie",
      "Moje konto"
    ],
    "search": [
      "Szukaj",
      "Szukaj produktów"
    ],
    "wishlist": [
      "Lista życzeń"
    ]
  },
  "pt-BR": {
    "noise": [
      "Aceitar",
      "Voltar",
      "Cancelar",
      "Limpar",
      "Limpar tudo",
      "Fechar",
      "Moeda",
      "Remover",
      "Editar",
      "Esvaziar o Carrinho",
      "Filtrar",
      "Idioma",
      "Lista",
      "Anterior",
      "Quantidade",
      "Ordenar por",
      "Atualizar"
    ],
    "account": [
      "Adicionar novo endereço",
      "Endereços",
      "Alterar senha",
      "Esqueci a senha",
      "Restaurar minha senha"
    ],
    "add-to-cart": [
      "Adicionar ao Carrinho"
    ],
    "generic": [
      "Aplicar",
      "Confirme",
      "Continuar",
      "Concluído",
      "Próximo",
      "OK",
      "Salvar e Continuar",
      "Selecionar"
    ],
    "orders": [
      "Cancelar pedido",
      "Meus Pedidos",
      "Detalhes do Pedido",
      "Pedidos",
      "Devolução",
      "Autorização de devolução",
      "Itens Devolvidos",
      "Devoluções"
    ],
    "view-cart": [
      "Carrinho",
      "Carrinho de compra"
    ],
    "checkout": [
      "Finalizar Compra",
      "Pagar",
      "Fazer Pedido"
    ],
    "support": [
      "Fale conosco",
      "Central de Ajuda",
      "Suporte"
    ],
    "sign-up": [
      "Criar uma Nova Conta",
      "Novo Cliente",
      "Registrar-se",
      "Registro",
      "Cadastrar-se"
    ],
    "details": [
      "Detalhes",
      "Aprenda Mais",
      "Detalhes do Produto",
      "Mostrar detalhes"
    ],
    "sign-in": [
      "Entrar",
      "Minha Conta"
    ],
    "search": [
      "Busca",
      "Buscar produtos"
    ],
    "wishlist": [
      "Lista de desejos"
    ]
  },
  "sv": {
    "noise": [
      "Accept",
      "Tillbaka",
      "avbryt",
      "Rensa",
      "Rensa allt",
      "Stäng",
      "Valuta",
      "Ta bort",
      "Redigera",
      "Töm varukorgen",
      "Filter",
      "Språk",
      "Lista",
      "Föregående",
      "Antal",
      "Sortera efter",
      "Uppdatera"
    ],
    "account": [
      "Lägg till adress",
      "Adresser",
      "Ändra lösenord",
      "Glömt Lösenord?",
      "Återställ mitt lösenord"
    ],
    "add-to-cart": [
      "Lägg i varukorgen"
    ],
    "generic": [
      "Tillämpa",
      "Bekräfta",
      "Fortsätt",
      "Klar",
      "Nästa",
      "OK",
      "Spara och fortsätt",
      "Välj"
    ],
    "orders": [
      "Avbryt order",
      "Mina ordrar",
      "Orderdetaljer",
      "Ordrar",
      "returera",
      "Returmedgivande",
      "Retur artklar",
      "Returer"
    ],
    "view-cart": [
      "Varukorg"
    ],
    "checkout": [
      "Kassa",
      "betala",
      "Beställa"
    ],
    "support": [
      "Kontanta oss",
      "Hjälp",
      "Support"
    ],
    "sign-up": [
      "Skapa nytt konto",
      "Ny kund",
      "Registrera dig",
      "Registrering",
      "Skaffa konto"
    ],
    "details": [
      "Detaljer",
      "Mer info",
      "Produktdetaljer",
      "Visa detaljer"
    ],
    "sign-in": [
      "Logga in",
      "Mitt konto"
    ],
    "search": [
      "Sök",
      "Sök produkter"
    ],
    "wishlist": [
      "Önskelista"
    ]
  },
  "uk": {
    "noise": [
      "Прийняти",
      "Назад",
      "скасувати",
      "Очистити",
      "Очистити все",
      "Закрити",
      "Валюта",
      "Видалити",
      "Редагувати",
      "Очистити кошик",
      "Фільтр",
      "Мова",
      "Список",
      "Попередній",
      "Кількість",
      "Сортувати за",
      "Оновити"
    ],
    "account": [
      "Додати нову адресу",
      "Адреси",
      "Змінити пароль",
      "Забули пароль?",
      "Скинути мій пароль"
    ],
    "add-to-cart": [
      "Додати до кошика"
    ],
    "generic": [
      "Застосувати",
      "Підтвердити",
      "Продовжити",
      "Готово",
      "Далі",
      "ОК",
      "Зберегти і продовжити",
      "Вибрати"
    ],
    "orders": [
      "Скасувати замовлення",
      "Мої замовлення",
      "Деталі замовлення",
      "Замовлення",
      "повернення",
      "Дозвіл на повернення",
      "Товари для повернення",
      "Повернення"
    ],
    "view-cart": [
      "Кошик",
      "Кошик для покупок"
    ],
    "checkout": [
      "Оформлення замовлення",
      "оплатити",
      "Замовити"
    ],
    "support": [
      "Зв'яжіться з нами",
      "Центр довідки",
      "Підтримка"
    ],
    "sign-up": [
      "Створити новий обліковий запис",
      "Реєстрація",
      "Зареєструватися"
    ],
    "details": [
      "Деталі",
      "Дізнатися більше",
      "Деталі товару",
      "Показати деталі"
    ],
    "sign-in": [
      "Увійти",
      "Вхід",
      "Мій обліковий запис"
    ],
    "search": [
      "Пошук",
      "Пошук товарів"
    ],
    "wishlist": [
      "Список бажань"
    ]
  },
  "vi": {
    "noise": [
      "Chấp nhận",
      "Quay Lại",
      "Hủy",
      "Xóa",
      "Xóa tất cả",
      "Đóng",
      "Tiền Tệ",
      "Sửa Đổi",
      "Làm Rỗng Giỏ Hàng",
      "Bộ lọc",
      "Ngôn Ngữ",
      "Liệt kê",
      "Trước",
      "Số lượng",
      "Sắp xếp theo",
      "Cập nhật"
    ],
    "account": [
      "Thêm địa chỉ mới",
      "Địa chỉ",
      "Đổi mật khẩu",
      "Quên mật khẩu",
      "Khởi tạo lại mật khẩu"
    ],
    "add-to-cart": [
      "Cho Vào Giỏ Hàng"
    ],
    "generic": [
      "Áp dụng",
      "Xác nhận",
      "Tiếp tục",
      "Hoàn tất",
      "Tiếp",
      "OK",
      "Lưu và tiếp tục",
      "Lựa chọn"
    ],
    "orders": [
      "Hủy đơn hàng",
      "Đơn đặt hàng của tôi",
      "Chi tiết đơn hàng",
      "Đơn hàng",
      "trở về",
      "Ủy Quyền Trả Về",
      "Trả hàng"
    ],
    "view-cart": [
      "Giỏ Hàng"
    ],
    "checkout": [
      "Thủ tục mua hàng",
      "thanh toán",
      "Đặt hàng"
    ],
    "support": [
      "Liên hệ với chúng tôi",
      "Hỗ trợ"
    ],
    "sign-up": [
      "Tạo một tài khoản mới",
      "Khách hàng mới",
      "Đăng ký như một thành viên mới",
      "Đăng ký"
    ],
    "details": [
      "Chi Tiết",
      "Đọc thêm",
      "Chi tiết sản phẩm",
      "Hiển thị chi tiết"
    ],
    "sign-in": [
      "Đăng nhập",
      "Tài khoản của tôi"
    ],
    "search": [
      "Tìm kiếm",
      "Tìm sản phẩm"
    ],
    "wishlist": [
      "Danh sách yêu thích"
    ]
  },
  "zh-CN": {
    "noise": [
      "接受",
      "后退",
      "取消",
      "清除",
      "全部清除",
      "关闭",
      "币种",
      "删除",
      "编辑",
      "清空购物车",
      "过滤",
      "语言",
      "列表",
      "上一页",
      "数量",
      "移出",
      "排序方式",
      "更新"
    ],
    "account": [
      "添加新地址",
      "地址",
      "更改密码",
      "忘记密码",
      "重置密码"
    ],
    "add-to-cart": [
      "加入购物车"
    ],
    "generic": [
      "应用",
      "确认",
      "继续",
      "完成",
      "确定",
      "保存并继续",
      "选择"
    ],
    "orders": [
      "取消订单",
      "我的订单",
      "订单详情",
      "订单",
      "退货",
      "退货审批"
    ],
    "view-cart": [
      "购物车"
    ],
    "checkout": [
      "结账",
      "支付",
      "下单"
    ],
    "support": [
      "联系方式",
      "支持"
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
      "产品详情",
      "显示详情"
    ],
    "sign-in": [
      "登录",
      "我的帐户"
    ],
    "search": [
      "搜索",
      "搜索商品"
    ],
    "wishlist": [
      "心愿单"
    ]
  },
  "zh-TW": {
    "noise": [
      "同意",
      "返回",
      "取消",
      "清除",
      "全部清除",
      "關閉",
      "貨幣",
      "刪除",
      "編輯",
      "清空購物車",
      "設定篩選條件",
      "語言",
      "清單",
      "上一個",
      "數量",
      "移除",
      "排序依據",
      "更新"
    ],
    "account": [
      "新增地址",
      "地址",
      "變更密碼",
      "忘記密碼?",
      "重設密碼"
    ],
    "add-to-cart": [
      "加到購物車"
    ],
    "generic": [
      "套用",
      "確認",
      "繼續",
      "完成",
      "下一步",
      "好",
      "儲存並繼續",
      "選擇"
    ],
    "orders": [
      "取消訂單",
      "我的訂單",
      "訂單詳情",
      "訂單",
      "退貨",
      "退貨授權",
      "退換貨項目",
      "全部退貨"
    ],
    "view-cart": [
      "購物車"
    ],
    "checkout": [
      "結帳",
      "付款",
      "下訂"
    ],
    "support": [
      "聯絡",
      "幫助中心",
      "支援"
    ],
    "sign-up": [
      "建立新帳號",
      "註冊"
    ],
    "details": [
      "資訊",
      "暸解更多",
      "商品細節",
      "顯示詳細資料"
    ],
    "sign-in": [
      "登入",
      "我的帳號"
    ],
    "search": [
      "搜尋",
      "搜尋商品"
    ],
    "wishlist": [
      "願望清單"
    ]
  },
  "da": {
    "account": [
      "Tilføj ny adresse",
      "Adresser",
      "Skift adgangskode",
      "Glemt adgangskode",
      "Nulstil min adgangskode"
    ],
    "add-to-cart": [
      "Læg i kurv"
    ],
    "generic": [
      "Anvend",
      "Bekræft",
      "Fortsæt",
      "Færdig",
      "Næste",
      "OK",
      "Gem og fortsæt",
      "Vælg"
    ],
    "noise": [
      "Tilbage",
      "annuller",
      "Ryd",
      "Ryd alt",
      "Luk",
      "Valuta",
      "Slet",
      "Rediger",
      "Tøm indkøbskurv",
      "Filter",
      "Sprog",
      "Liste",
      "Foregående",
      "Antal",
      "Fjern",
      "Sortér efter",
      "Opdater"
    ],
    "orders": [
      "Annullér ordre",
      "Mine ordrer",
      "Ordredetaljer",
      "Ordrer",
      "vend tilbage",
      "Retur-godkendelse",
      "Returvarer"
    ],
    "view-cart": [
      "Indkøbskurv"
    ],
    "checkout": [
      "Til kassen",
      "betal",
      "Afgiv ordre"
    ],
    "sign-up": [
      "Opret en ny konto",
      "Ny kunde",
      "Registrer som nu bruger",
      "Registrering",
      "Tilmeld dig"
    ],
    "details": [
      "Detaljer",
      "Læs mere",
      "Varedetaljer",
      "Vis detaljer"
    ],
    "sign-in": [
      "Log ind",
      "Min konto"
    ],
    "search": [
      "Søg",
      "Søg produkter"
    ],
    "support": [
      "Support"
    ],
    "wishlist": [
      "Ønskeliste"
    ]
  },
  "el": {
    "account": [
      "Προσθήκη Διεύθυνσης",
      "Διευθύνσεις",
      "Αλλαγή κωδικού πρόσβασης",
      "Ξέχασα τον κωδικό",
      "Αλλαγή κωδικού"
    ],
    "add-to-cart": [
      "Προσθήκη στο καλάθι"
    ],
    "generic": [
      "Εφαρμογή",
      "Επιβεβαίωση",
      "Συνέχεια",
      "Ολοκληρώθηκε",
      "Επόμενο",
      "Εντάξει",
      "Αποθήκευση και συνέχεια",
      "επιλογή"
    ],
    "noise": [
      "Πίσω",
      "Ακύρωση",
      "Εκκαθάριση",
      "Εκκαθάριση όλων",
      "Κλείσιμο",
      "Συνάλλαγμα",
      "Διαγραφή",
      "Επεξεργασία",
      "Άδειο Καλάθι",
      "Φίλτρα",
      "Γλώσσα",
      "Λίστα",
      "Προηγούμενο",
      "Ποσότητα",
      "Αφαίρεση",
      "Ταξινόμηση κατά",
      "Ενημέρωση"
    ],
    "orders": [
      "Ακύρωση παραγγελίας",
      "Οι παραγγελίες μου",
      "Λεπτομέριες παραγγελίας",
      "Παραγγελίες",
      "επιστοφή",
      "Εξουσιοδότηση Επιστροφής",
      "Επιστροφές"
    ],
    "view-cart": [
      "Καλάθι",
      "Καλάθι αγορών"
    ],
    "checkout": [
      "Πληρωμή",
      "πληρωμή",
      "Κάντε παραγγελία"
    ],
    "sign-up": [
      "Δημιουργία νέου λογαριασμού",
      "Νέος Πελάτης",
      "Εγγραφή σαν νέος χρήστης",
      "Εγγραφή"
    ],
    "details": [
      "Λεπτομέριες",
      "Περισσότερα",
      "Πληροφορίες προϊόντος",
      "Εμφάνιση λεπτομερειών"
    ],
    "sign-in": [
      "Είσοδος",
      "Σύνδεση",
      "Ο λογαριασμός μου"
    ],
    "search": [
      "Αναζήτηση",
      "Αναζήτηση προϊόντων"
    ],
    "support": [
      "Υποστήριξη"
    ],
    "wishlist": [
      "Λίστα επιθυμιών"
    ]
  },
  "en": {
    "account": [
      "Add new address",
      "Addresses",
      "Change password",
      "Forgot Password",
      "Reset my password"
    ],
    "add-to-cart": [
      "Add To Basket"
    ],
    "generic": [
      "Apply",
      "Confirm",
      "Continue",
      "Done",
      "Next",
      "OK",
      "Save and Continue",
      "Select"
    ],
    "noise": [
      "Back",
      "cancel",
      "Clear",
      "Clear all",
      "Close",
      "Currency",
      "Delete",
      "Edit",
      "Empty Basket",
      "Filter",
      "Language",
      "List",
      "Previous",
      "Quantity",
      "Remove",
      "Sort by",
      "Update"
    ],
    "orders": [
      "Cancel order",
      "My Orders",
      "Order Details",
      "Orders",
      "return",
      "Return Authorisation"
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
    "sign-up": [
      "Create a new account",
      "New Customer",
      "Register as a New User",
      "Registration",
      "Sign Up"
    ],
    "details": [
      "Learn More",
      "Product Details",
      "Show details"
    ],
    "sign-in": [
      "Log in",
      "Login",
      "My Account"
    ],
    "search": [
      "Search",
      "Search products"
    ],
    "support": [
      "Support"
    ],
    "wishlist": [
      "Wishlist"
    ]
  },
  "fi": {
    "account": [
      "Lisää uusi osoite",
      "Osoitteet",
      "Vaihda salasana",
      "Unohdettu salasana",
      "Palauta salasana"
    ],
    "add-to-cart": [
      "Lisää koriin"
    ],
    "generic": [
      "Käytä",
      "Vahvista",
      "Jatka",
      "Valmis",
      "Seuraava",
      "OK",
      "Tallenna ja jatka",
      "Valitse"
    ],
    "noise": [
      "Takaisin",
      "peruuta",
      "Tyhjennä",
      "Tyhjennä kaikki",
      "Sulje",
      "Valuutta",
      "Poista",
      "Muokkaa",
      "Tyhjennä ostoskori",
      "Tarkenna",
      "Kieli",
      "Lista",
      "Edellinen",
      "Määrä",
      "Lajitteluperuste",
      "Päivitä"
    ],
    "orders": [
      "Peruuta tilaus",
      "Tilaukseni",
      "Tilauksen tiedot",
      "Tilaukset",
      "Asiakaspalautus",
      "Palautukset"
    ],
    "view-cart": [
      "Ostoskori"
    ],
    "checkout": [
      "Kassa",
      "maksa",
      "Tee tilaus"
    ],
    "support": [
      "Yhteystiedot",
      "Ota yhteyttä",
      "Tuki"
    ],
    "sign-up": [
      "Tee uusi tili",
      "Uusi asiakas",
      "Rekisteröidy uutena käyttäjänä",
      "Rekisteröityminen",
      "Rekisteröidy"
    ],
    "details": [
      "Tuotetiedot",
      "Lue lisää",
      "Näytä tiedot"
    ],
    "sign-in": [
      "Kirjaudu sisään",
      "Sisäänkirjautuminen",
      "Oma tili"
    ],
    "search": [
      "Etsi",
      "Hae tuotteita"
    ],
    "wishlist": [
      "Toivelista"
    ]
  },
  "id": {
    "account": [
      "Tambah alamat baru",
      "Alamat",
      "Ubah kata sandi",
      "Lupa Kata Sandi?",
      "atur ulang kata sandi"
    ],
    "add-to-cart": [
      "Tambahkan ke Keranjang Belanja"
    ],
    "generic": [
      "Terapkan",
      "Yakin",
      "Lanjut",
      "Selesai",
      "OK",
      "Simpan dan Lanjutkan",
      "Pilih"
    ],
    "noise": [
      "Kembali",
      "Batal",
      "Hapus",
      "Hapus semua",
      "Tutup",
      "Mata Uang",
      "Ubah",
      "Kosongkan Keranjang Belanja",
      "Filter",
      "Bahasa",
      "Sebelumnya",
      "Jumlah",
      "Menghapus",
      "Urutkan berdasarkan",
      "Perbarui"
    ],
    "orders": [
      "Batalkan pesanan",
      "Pemesanan Saya",
      "Rincian pemesanan",
      "Pemesanan",
      "Otorisasi Pengembalian",
      "Pengembalian Barang"
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
    "support": [
      "Hubungi kami",
      "Dukungan"
    ],
    "sign-up": [
      "Buat akun baru",
      "Pelanggan Baru",
      "Mendaftar sebagai Pengguna Baru",
      "Pendaftaran",
      "Daftar"
    ],
    "details": [
      "Detail",
      "Mengenal Lebih",
      "Rincian Produk",
      "Tampilkan detail"
    ],
    "sign-in": [
      "Masuk",
      "Login",
      "Akunku"
    ],
    "search": [
      "Cari",
      "Cari produk"
    ],
    "wishlist": [
      "Daftar Keinginan"
    ]
  },
  "ja": {
    "account": [
      "新しい住所を追加",
      "住所",
      "パスワードを変更",
      "パスワードを忘れた方",
      "パスワードを再設定する"
    ],
    "add-to-cart": [
      "カートに追加"
    ],
    "generic": [
      "適用",
      "確認する",
      "続ける",
      "完了",
      "次へ",
      "OK",
      "保存して続行",
      "選択"
    ],
    "noise": [
      "戻る",
      "キャンセル",
      "クリア",
      "すべてクリア",
      "通貨",
      "削除",
      "編集",
      "カートを空にする",
      "フィルタ",
      "言語",
      "リスト",
      "前へ",
      "並べ替え",
      "更新"
    ],
    "orders": [
      "注文をキャンセル",
      "注文情報",
      "注文詳細",
      "注文",
      "返品",
      "返品承認"
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
    "support": [
      "連絡先",
      "お問い合わせ",
      "サポート"
    ],
    "sign-up": [
      "新規アカウント作成",
      "新規顧客",
      "新規ユーザーとして登録",
      "登録",
      "サインアップ"
    ],
    "details": [
      "もっと詳しく",
      "商品詳細",
      "詳細を表示"
    ],
    "sign-in": [
      "ログイン"
    ],
    "search": [
      "検索",
      "商品を検索"
    ],
    "wishlist": [
      "ウィッシュリスト"
    ]
  },
  "ko": {
    "account": [
      "새 주소 추가",
      "주소",
      "비밀번호 변경",
      "비밀번호 재설정"
    ],
    "add-to-cart": [
      "장바구니에 추가"
    ],
    "generic": [
      "적용",
      "확인",
      "계속",
      "완료",
      "다음",
      "저장하고 계속",
      "선택"
    ],
    "noise": [
      "뒤로",
      "취소",
      "지우기",
      "모두 지우기",
      "삭제",
      "편집",
      "장바구니 비우기",
      "필터",
      "언어",
      "목록",
      "이전",
      "정렬 기준",
      "수정"
    ],
    "orders": [
      "주문 취소",
      "내 주문",
      "주문 상세"
    ],
    "view-cart": [
      "장바구니"
    ],
    "support": [
      "연락처",
      "문의하기",
      "지원"
    ],
    "sign-up": [
      "새 계정 생성",
      "새 고객",
      "등록",
      "회원가입"
    ],
    "details": [
      "Learn More",
      "상품 상세",
      "세부 정보 표시"
    ],
    "sign-in": [
      "로그인",
      "내 계정"
    ],
    "search": [
      "검색",
      "상품 검색"
    ],
    "wishlist": [
      "위시리스트"
    ]
  },
  "lt": {
    "account": [
      "Pridėti naują adresą",
      "Adresai",
      "Keisti slaptažodį",
      "Slaptažodžio priminimas"
    ],
    "add-to-cart": [
      "Į krepšelį"
    ],
    "generic": [
      "Taikyti",
      "Patvirtinti",
      "Tęsti",
      "Atlikta",
      "Toliau",
      "Gerai",
      "Pasirinkti"
    ],
    "noise": [
      "Atgal",
      "atšaukti",
      "Išvalyti",
      "Išvalyti viską",
      "Uždaryti",
      "Valiuta",
      "Ištrinti",
      "Keisti",
      "Išvalyti krepšelį",
      "Filtruoti",
      "Kalba",
      "Sąrašas",
      "Ankstesnis",
      "Kiekis",
      "Panaikinti",
      "Rūšiuoti pagal",
      "Atnaujinti"
    ],
    "orders": [
      "Atšaukti užsakymą",
      "Mano užsakymai",
      "Užsakymo detalės",
      "Užsakymai",
      "grįžti",
      "Grąžinimo patvirtinimas",
      "Grąžintinos prekės",
      "Grąžinimai"
    ],
    "view-cart": [
      "Krepšelyje",
      "Prekių krepšelis"
    ],
    "checkout": [
      "Pirkti",
      "mokėti",
      "Sukurti užsakymą"
    ],
    "support": [
      "Susisiekite su mumis",
      "Pagalba"
    ],
    "sign-up": [
      "Registruotis",
      "Naujo kliento registracija",
      "Naujo vartotojo registracija",
      "Registracija"
    ],
    "details": [
      "Detalės",
      "Plačiau",
      "Prekės Aprašymas",
      "Rodyti detales"
    ],
    "sign-in": [
      "Prisijungti",
      "Mano paskyra"
    ],
    "search": [
      "Paieška",
      "Ieškoti produktų"
    ],
    "wishlist": [
      "Pageidavimų sąrašas"
    ]
  },
  "pt-PT": {
    "account": [
      "Adicionar novo endereço",
      "Moradas",
      "Alterar palavra-passe",
      "Esqueci-me da minha password",
      "Repôr a minha password"
    ],
    "add-to-cart": [
      "Adicionar ao Carrinho de Compras"
    ],
    "generic": [
      "Aplicar",
      "Confirme",
      "Continuar",
      "Concluído",
      "Próximo",
      "OK",
      "Guardar e Continuar",
      "Selecionar"
    ],
    "noise": [
      "Voltar",
      "cancelar",
      "Limpar",
      "Limpar tudo",
      "Apagar",
      "Editar de Imposto",
      "Esvaziar o Carro",
      "Filtrar",
      "Idioma",
      "Lista",
      "anterior",
      "Remover",
      "Ordenar por",
      "Atualizar"
    ],
    "orders": [
      "Cancelar encomenda",
      "As Minhas Encomendas",
      "Detalhes do Pedido",
      "Encomendas",
      "Devolução",
      "Autorização de devolução"
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
    "support": [
      "Contacte-nos",
      "Apoio"
    ],
    "sign-up": [
      "Criar uma nova conta",
      "Novo Cliente",
      "Registrar-se",
      "Registo",
      "Registar"
    ],
    "details": [
      "Learn More",
      "Detalhes do Produto",
      "Mostrar detalhes"
    ],
    "sign-in": [
      "Iniciar sessão",
      "Login",
      "Minha Conta"
    ],
    "search": [
      "Pesquisa",
      "Pesquisar produtos"
    ],
    "wishlist": [
      "Lista de desejos"
    ]
  },
  "ro": {
    "account": [
      "Adaugă o adresă nouă",
      "Adrese",
      "Schimbă parola",
      "Ai uitat parola?",
      "Resetează parola"
    ],
    "add-to-cart": [
      "Adaugă în coș"
    ],
    "generic": [
      "Aplică",
      "Confirmă",
      "Continuă",
      "Gata",
      "Următorul",
      "OK",
      "Salvează și continuă",
      "Selectează"
    ],
    "noise": [
      "Înapoi",
      "anulează",
      "Șterge",
      "Șterge tot",
      "Închide",
      "Valuta",
      "Modifică",
      "Golește coșul",
      "Filtru",
      "Limbă",
      "Listă",
      "Precedent",
      "Cantitate",
      "Sortează după"
    ],
    "orders": [
      "Anulează comanda",
      "Comenzile mele",
      "Detaliile comenzii",
      "Comenzi",
      "retur",
      "Aviz de retur"
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
    "support": [
      "Contactează-ne",
      "Asistență"
    ],
    "sign-up": [
      "Creează un nou cont",
      "Client nou",
      "Înregistrează-te ca utilizator nou",
      "Înregistrare"
    ],
    "details": [
      "Învață mai multe",
      "Detalii produs",
      "Afișează detaliile"
    ],
    "sign-in": [
      "Autentificare",
      "Contul meu"
    ],
    "search": [
      "Caută",
      "Caută produse"
    ],
    "wishlist": [
      "Listă de dorințe"
    ]
  },
  "ru": {
    "account": [
      "Добавить адрес",
      "Адреса",
      "Изменить пароль",
      "Забыли пароль?",
      "Сбросить мой пароль"
    ],
    "add-to-cart": [
      "Добавить в корзину"
    ],
    "generic": [
      "Применить",
      "Подтвердить",
      "Продолжить",
      "Готово",
      "след.",
      "ОК",
      "Сохранить и продолжить",
      "Выбрать"
    ],
    "noise": [
      "Назад",
      "Отмена",
      "Очистить",
      "Очистить всё",
      "Закрыть",
      "Валюта",
      "Удалить",
      "Редактировать",
      "Очистить корзину",
      "Фильтр",
      "Язык",
      "Список",
      "пред.",
      "Количество",
      "Убрать",
      "Сортировать по",
      "Изменить"
    ],
    "orders": [
      "Отменить заказ",
      "Мои заказы",
      "Реквизиты заказа",
      "Заказы",
      "возвратить",
      "Разрешение на возврат",
      "Разрешения на возврат"
    ],
    "view-cart": [
      "Корзина"
    ],
    "checkout": [
      "Оформление заказа",
      "оплатить",
      "Разместить заказ"
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
      "Показать сведения"
    ],
    "support": [
      "Центр поддержки",
      "Поддержка"
    ],
    "sign-in": [
      "Войти",
      "Логин",
      "Моя учетная запись"
    ],
    "search": [
      "Поиск",
      "Поиск товаров"
    ],
    "wishlist": [
      "Список желаний"
    ]
  },
  "sk": {
    "account": [
      "Pridať novú adresu",
      "Adresy",
      "Zmeniť heslo",
      "Zabudnuté heslo",
      "Vygeneruj heslo"
    ],
    "add-to-cart": [
      "Pridať do košíka"
    ],
    "generic": [
      "Použiť",
      "Potvrdiť",
      "Pokračovať",
      "Hotovo",
      "Ďaľšie",
      "OK",
      "Ulož a pokračuj",
      "Vyber"
    ],
    "noise": [
      "Späť",
      "zrušiť",
      "Vymazať",
      "Vymazať všetko",
      "Mena",
      "Zmazať",
      "Upraviť",
      "Prázdny košík",
      "Filter",
      "Jazyk",
      "Zoznam",
      "Predchádzajúci",
      "Odstráň",
      "Zoradiť podľa",
      "Zmeň"
    ],
    "orders": [
      "Zrušiť objednávku",
      "Moje objednávky",
      "Detaily objednávky",
      "Objednávky",
      "vrátiť sa"
    ],
    "view-cart": [
      "Košík",
      "Nákupný košík"
    ],
    "checkout": [
      "Platba",
      "platba",
      "Objednávka"
    ],
    "support": [
      "Kontaktujte nás",
      "Podpora"
    ],
    "sign-up": [
      "Vytvoriť nový účet",
      "Nový zákazník",
      "Registruj sa ako nový používateľ",
      "Registrácia",
      "Registrovať sa"
    ],
    "details": [
      "podrobnosti",
      "Viac informácií",
      "Detaily o produkte",
      "Zobraziť podrobnosti"
    ],
    "sign-in": [
      "Prihlásiť sa",
      "Prihlásenie",
      "Môj účet"
    ],
    "search": [
      "Hľadaj",
      "Hľadať produkty"
    ],
    "wishlist": [
      "Zoznam želaní"
    ]
  },
  "sl": {
    "account": [
      "Dodaj nov naslov",
      "Naslovi",
      "Spremeni geslo",
      "Ne spomnim se gesla",
      "Ponastavi moje geslo"
    ],
    "add-to-cart": [
      "Dodaj v košarico"
    ],
    "generic": [
      "Uporabi",
      "Potrdi",
      "Nadaljuj",
      "Končano",
      "Naprej",
      "V redu",
      "Shrani in nadaljuj",
      "Izberi"
    ],
    "noise": [
      "Nazaj",
      "prekini",
      "Počisti",
      "Počisti vse",
      "Izbriši",
      "Uredi",
      "Izprazni košarico",
      "Filter",
      "Jezik",
      "Seznam",
      "Odstrani",
      "Razvrsti po",
      "Spremeni"
    ],
    "orders": [
      "Prekliči naročilo",
      "Moja naročila",
      "Podrobnosti naročila",
      "Naročila",
      "vračilo",
      "Avtorizacija vračila"
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
    "support": [
      "Stik",
      "Stopite v stik z nami",
      "Podpora"
    ],
    "sign-up": [
      "Ustvari nov račun",
      "Nova stranka",
      "Registriraj se kot nov uporabnik",
      "Registracija"
    ],
    "details": [
      "Learn More",
      "Podrobnosti izdelka",
      "Prikaži podrobnosti"
    ],
    "sign-in": [
      "Prijava",
      "Moj račun"
    ],
    "search": [
      "Najdi",
      "Iskanje izdelkov"
    ],
    "wishlist": [
      "Seznam želja"
    ]
  },
  "th": {
    "account": [
      "เพิ่มที่อยู่ใหม่",
      "ที่อยู่",
      "เปลี่ยนรหัสผ่าน",
      "ลืมรหัสผ่าน",
      "ตั้งรหัสผ่านใหม่"
    ],
    "add-to-cart": [
      "เพิ่มลงตะกร้า"
    ],
    "generic": [
      "ใช้งาน",
      "ยืนยันรหัสผ่าน",
      "ดำเนินการต่อ",
      "เสร็จสิ้น",
      "ถัดไป",
      "ตกลง",
      "บันทึกและดำเนินการต่อ",
      "เลือก"
    ],
    "noise": [
      "กลับ",
      "ยกเลิก",
      "ล้าง",
      "ล้างทั้งหมด",
      "ปิด",
      "สกุลเงิน",
      "ลบ",
      "แก้ไข",
      "ล้างตะกร้า",
      "กรอง",
      "ภาษา",
      "รายการ",
      "ก่อนหน้า",
      "จำนวน",
      "เรียงตาม"
    ],
    "orders": [
      "ยกเลิกคำสั่งซื้อ",
      "รายการสั่งซื้อ",
      "รายละเอียดการสั่งซื้อ",
      "รายการคืนสินค้า"
    ],
    "view-cart": [
      "ตะกร้าสินค้า"
    ],
    "checkout": [
      "สั่งซื้อ",
      "ชำระ"
    ],
    "support": [
      "ติดต่อ",
      "ติดต่อเรา",
      "ฝ่ายสนับสนุน"
    ],
    "sign-up": [
      "สร้างบัญชีผู้ใช้ใหม่",
      "สมัครสมาชิก",
      "ลงทะเบียน"
    ],
    "details": [
      "เพิ่มเติม",
      "รายละเอียดสินค้า",
      "แสดงรายละเอียด"
    ],
    "sign-in": [
      "เข้าสู่ระบบ",
      "บัญชีของท่าน"
    ],
    "search": [
      "ค้นหา",
      "ค้นหาสินค้า"
    ],
    "wishlist": [
      "รายการสิ่งที่อยากได้"
    ]
  },
  "tr": {
    "account": [
      "Yeni adres ekle",
      "Adresler",
      "Parolayı değiştir",
      "Şifrenizi mi Unuttunuz?",
      "Şifremi Sıfırla"
    ],
    "add-to-cart": [
      "Sepete Ekle"
    ],
    "generic": [
      "Uygula",
      "Onay",
      "Devam Et",
      "Tamam",
      "Sonraki",
      "Kaydet ve İlerle",
      "Seç"
    ],
    "noise": [
      "Geri",
      "iptal",
      "Temizle",
      "Tümünü temizle",
      "Kapat",
      "Kur",
      "Sil",
      "Düzenle",
      "Sepeti Boşalt",
      "Filtrele",
      "Dil",
      "Liste",
      "Önceki",
      "Miktar",
      "Kaldır",
      "Şuna göre sırala",
      "Güncelle"
    ],
    "orders": [
      "Siparişi iptal et",
      "Siparişlerim",
      "Sipariş Ayrıntıları",
      "Siparişler",
      "iade",
      "İade Yönetimi"
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
    "support": [
      "Bize ulaşın",
      "Destek"
    ],
    "sign-up": [
      "Yeni hesap oluştur",
      "Yeni Müşteri",
      "Kayıt ol",
      "Kayıt",
      "Kaydol"
    ],
    "details": [
      "Ayrıntılar",
      "Daha Fazla",
      "Ürün Ayrıntıları",
      "Ayrıntıları göster"
    ],
    "sign-in": [
      "Oturum aç",
      "Giriş",
      "Hesabım"
    ],
    "search": [
      "Arama",
      "Ürünleri ara"
    ],
    "wishlist": [
      "İstek Listesi"
    ]
  }
},
};
