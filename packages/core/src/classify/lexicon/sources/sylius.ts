/**
 * Words of github:Sylius/Sylius, generated from test/classify/lexicon/labels/sylius.json by
 * scripts/lexicon/build-sources.mjs (do not edit: extract again). Files read: src/Sylius/Bundle/AddressingBundle/Resources/translations/messages.<locale>.yml, src/Sylius/Bundle/CoreBundle/Resources/translations/messages.<locale>.yml, src/Sylius/Bundle/CustomerBundle/Resources/translations/messages.<locale>.yml, src/Sylius/Bundle/ReviewBundle/Resources/translations/messages.<locale>.yml, src/Sylius/Bundle/ShopBundle/Resources/translations/messages.<locale>.yml, src/Sylius/Bundle/UiBundle/Resources/translations/messages.<locale>.yml, src/Sylius/Bundle/UserBundle/Resources/translations/messages.<locale>.yml.
 */
import type { LexiconSource } from '../types.js';

export const syliusWords: LexiconSource = {
  id: "sylius",
  repo: "github:Sylius/Sylius",
  paths: ["src/Sylius/Bundle/AddressingBundle/Resources/translations/messages.<locale>.yml","src/Sylius/Bundle/CoreBundle/Resources/translations/messages.<locale>.yml","src/Sylius/Bundle/CustomerBundle/Resources/translations/messages.<locale>.yml","src/Sylius/Bundle/ReviewBundle/Resources/translations/messages.<locale>.yml","src/Sylius/Bundle/ShopBundle/Resources/translations/messages.<locale>.yml","src/Sylius/Bundle/UiBundle/Resources/translations/messages.<locale>.yml","src/Sylius/Bundle/UserBundle/Resources/translations/messages.<locale>.yml"],
  words: {
  "ar": {
    "generic": [
      "اختر",
      "أرسل",
      "القادم",
      "حفظ",
      "احفظ التّغييرات",
      "إرسال"
    ],
    "search": [
      "بحث",
      "البحث عن المنتج"
    ],
    "sign-up": [
      "إنشاء حساب؟",
      "إنشاء حساب",
      "العملاء الجدد",
      "تسجل"
    ],
    "review": [
      "إضافة تعليق",
      "اكتب تقييمك",
      "اكتب تعليقك"
    ],
    "account": [
      "عنوان الكتاب",
      "تغيير كلمة المرور",
      "المعلومات الشخصية",
      "إضافة عنوان",
      "نسيت كلمة المرور؟",
      "الملف الشخصي",
      "إعادة تعيين كلمة المرور"
    ],
    "orders": [
      "تاريخ الطلب",
      "طلبات الشراء",
      "العودة",
      "عرض الطلب"
    ],
    "noise": [
      "تقبل",
      "إلى الوراء",
      "إلغاء",
      "إزالة",
      "عربة واضحة",
      "تصفية واضحة",
      "عملة",
      "حذف",
      "تحرير",
      "تصفية",
      "عوامل التصفية",
      "لا",
      "السابق",
      "الكمية",
      "إعادة تعيين",
      "ترتيب",
      "التحديث",
      "حدث سلة التسوق",
      "مشاهدة المزيد",
      "نعم"
    ],
    "add-to-cart": [
      "أضف إلى السلّة"
    ],
    "view-cart": [
      "السله",
      "عرض وتحرير عربة"
    ],
    "checkout": [
      "إتمام الشراء",
      "دفع",
      "تقديم الطلب"
    ],
    "sign-in": [
      "تعديل الشعار",
      "دخول",
      "حسابي",
      "تسجيل دخول"
    ],
    "details": [
      "تفاصيل"
    ],
    "support": [
      "الدعم"
    ]
  },
  "bg": {
    "generic": [
      "Изберете",
      "Изпрати",
      "Следващ",
      "Запамети",
      "Запиши промените"
    ],
    "search": [
      "Търсене",
      "Търсене на продукти"
    ],
    "sign-up": [
      "Създаване на профил?",
      "Създай профил",
      "Нов клиент",
      "Регистриране"
    ],
    "review": [
      "Добави отзив",
      "Напишете вашият отзив"
    ],
    "account": [
      "Адресна книга",
      "Промяна на паролата",
      "Лична информация",
      "Добави адрес",
      "Забравена парола?",
      "Възстановяване на парола"
    ],
    "orders": [
      "История на поръчките",
      "Поръчки",
      "Връщане"
    ],
    "noise": [
      "Приемам",
      "Обратно",
      "Откажи",
      "Изчисти",
      "Изчисти кошницата",
      "Изчисти филтъра",
      "Валута",
      "Изтрий",
      "Редактирай",
      "Филтър",
      "Филтри",
      "Не",
      "Предишна",
      "Количество",
      "Нулирай",
      "Сортиране",
      "Обнови",
      "Обнови количката",
      "Виж повече",
      "Да"
    ],
    "add-to-cart": [
      "Добави в количката"
    ],
    "view-cart": [
      "Количка",
      "Преглед и редактиране на количката"
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
    "sign-in": [
      "Вход за клиенти",
      "Вход",
      "Моят акаунт"
    ],
    "details": [
      "Детайли"
    ]
  },
  "cs": {
    "generic": [
      "Vybrat",
      "Odeslat",
      "Další",
      "Uložit"
    ],
    "search": [
      "Hledat",
      "Hledat produkty"
    ],
    "sign-up": [
      "Vytvořit účet?",
      "Vytvořit účet",
      "Nový zákazník",
      "Registrace"
    ],
    "review": [
      "Přidat recenzi",
      "Přidejte vaši recenzi",
      "Napište vlastní hodnocení"
    ],
    "subscribe": [
      "Odběr novinek",
      "Odebírat"
    ],
    "account": [
      "Adresář",
      "Změnit heslo",
      "Osobní údaje",
      "Přidat adresu",
      "Zapomněli jste heslo?",
      "Profil",
      "Resetovat heslo"
    ],
    "orders": [
      "Historie objednávek",
      "Objednávky",
      "Vrátit",
      "Zobrazit objednávku"
    ],
    "noise": [
      "Přijmout",
      "Zpět",
      "Zrušit",
      "Vyprázdnit košík",
      "Vymazat filtry",
      "Měna",
      "Odstranit",
      "Úpravy",
      "Filtr",
      "Filtry",
      "Ne",
      "Předchozí",
      "Počet",
      "Resetovat",
      "Seřadit",
      "Aktualizovat",
      "Aktualizovat košík",
      "Zobrazit více",
      "Ano"
    ],
    "add-to-cart": [
      "Přidat do košíku"
    ],
    "view-cart": [
      "Košík",
      "Zobrazit a upravit obsah košíku"
    ],
    "checkout": [
      "Objednat",
      "Zaplatit",
      "Dokončit objednávku"
    ],
    "support": [
      "Kontaktujte nás",
      "Podpora"
    ],
    "sign-in": [
      "Login zákazníka",
      "Přihlásit",
      "Můj účet",
      "Přihlásit se"
    ],
    "details": [
      "Podrobnosti"
    ]
  },
  "da": {
    "generic": [
      "Vælg",
      "Indsend",
      "Næste",
      "Gem",
      "Gem ændringer"
    ],
    "search": [
      "Søg"
    ],
    "sign-up": [
      "Opret konto?",
      "Opret en konto",
      "Registrer"
    ],
    "review": [
      "Tilføj en anmeldelse",
      "Tilføj din anmeldelse"
    ],
    "account": [
      "Adressebog",
      "Skift adgangskode",
      "Personlige oplysninger",
      "Tilføj adresse",
      "Glemt din adgangskode?",
      "Profil"
    ],
    "orders": [
      "Ordrehistorik",
      "Ordrer",
      "Returner"
    ],
    "noise": [
      "Accepter",
      "Tilbage",
      "Anuller",
      "Nulstil",
      "Tøm kurv",
      "Nulstil filtre",
      "Valuta",
      "Slet",
      "Rediger",
      "Filter",
      "Filtre",
      "Nej",
      "Forrige",
      "Mængde",
      "Se mere"
    ],
    "add-to-cart": [
      "Tilføj til kurv"
    ],
    "view-cart": [
      "Kurv"
    ],
    "checkout": [
      "Til kassen",
      "Afgiv ordre"
    ],
    "support": [
      "Kontact os"
    ],
    "sign-in": [
      "Kundelogin",
      "Log ind",
      "Min konto"
    ],
    "details": [
      "Detaljer"
    ]
  },
  "de": {
    "generic": [
      "Auswählen",
      "Kanton auswählen",
      "Gebiet auswählen",
      "Mitglied auswählen",
      "Senden",
      "Weiter",
      "Speichern",
      "Änderungen speichern",
      "Absenden"
    ],
    "search": [
      "Suchen",
      "Artikel suchen"
    ],
    "sign-up": [
      "Account erstellen?",
      "Accounterstellung",
      "Neuer Kunde",
      "Registrieren"
    ],
    "review": [
      "Rezension hinzufügen",
      "Schreiben Sie Ihre eigene Rezension"
    ],
    "subscribe": [
      "Newsletter",
      "Abonnieren"
    ],
    "account": [
      "Adressbuch",
      "Passwort ändern",
      "Mein Profil",
      "Adresse hinzufügen",
      "Passwort vergessen?",
      "Persönliche Informationen",
      "Profil",
      "Passwort zurücksetzen"
    ],
    "orders": [
      "Bestellverlauf",
      "Bestellungen",
      "Zurückschicken",
      "Bestellung anzeigen"
    ],
    "add-to-cart": [
      "In den Warenkorb"
    ],
    "noise": [
      "Zurück",
      "Abbrechen",
      "Leeren",
      "Warenkorb leeren",
      "Filter löschen",
      "Währung",
      "Löschen",
      "Bearbeiten",
      "Filter",
      "Nein",
      "Vorheriges Bild",
      "Anzahl",
      "Zurücksetzen",
      "Sortieren",
      "Aktualisieren",
      "Warenkorb aktualisieren",
      "Mehr anzeigen",
      "Ja"
    ],
    "view-cart": [
      "Warenkorb",
      "Warenkorb zeigen und bearbeiten"
    ],
    "checkout": [
      "Zur Kasse",
      "Zahlen",
      "Bestellung aufgeben"
    ],
    "sign-in": [
      "Kundenlogin",
      "Login",
      "Mein Account",
      "Anmelden"
    ],
    "details": [
      "Details"
    ],
    "support": [
      "Support"
    ]
  },
  "el": {
    "generic": [
      "Επιλέξτε",
      "Επόμενο",
      "Αποθήκευση",
      "Αποθήκευση αλλαγών",
      "Αποστολή"
    ],
    "search": [
      "Αναζήτηση",
      "Αναζήτηση προϊόντων"
    ],
    "sign-up": [
      "Δημιουργία λογαριασμού",
      "Νέος πελάτης",
      "Καταχώρηση"
    ],
    "account": [
      "Βιβλίο διευθύνσεων",
      "Αλλαγή κωδικού πρόσβασης",
      "Προσωπικά στοιχεία",
      "Προσθήκη διεύθυνσης",
      "Ξεχάσατε τον κωδικό;",
      "Προφίλ"
    ],
    "orders": [
      "Ιστορικό παραγγελιών",
      "Παραγγελίες",
      "Προβολή παραγγελίας"
    ],
    "noise": [
      "Αποδοχή",
      "Άκυρο",
      "Εκκαθάριση",
      "Καθαρισμός καλαθιού",
      "Κατάργηση φίλτρων",
      "Νόμισμα",
      "Διαγραφή",
      "Επεξεργασία",
      "Φίλτρο",
      "Φίλτρα",
      "Όχι",
      "Προηγούμενο",
      "Ποσότητα",
      "Επαναφορά",
      "Ταξινόμηση",
      "Δείτε περισσότερα",
      "Ναι"
    ],
    "add-to-cart": [
      "Προσθήκη στο καλάθι"
    ],
    "review": [
      "Προσθέστε την κριτική σας"
    ],
    "view-cart": [
      "Καλάθι"
    ],
    "checkout": [
      "Ολοκλήρωση αγορών",
      "Πληρωμή",
      "Παραγγελία"
    ],
    "support": [
      "Επικοινωνήστε μαζί μας",
      "Υποστήριξη"
    ],
    "sign-in": [
      "Είσοδος πελάτη",
      "Είσοδος",
      "Ο λογαριασμός μου"
    ],
    "details": [
      "Λεπτομέρειες"
    ]
  },
  "en": {
    "generic": [
      "Select",
      "Submit",
      "Next",
      "Save",
      "Save changes",
      "Send"
    ],
    "noise": [
      "Select currency",
      "Accept",
      "Back",
      "Cancel",
      "Clear",
      "Clear cart",
      "Clear filters",
      "Currency",
      "Delete",
      "Edit",
      "Filter",
      "Filters",
      "No",
      "Previous",
      "Quantity",
      "Reset",
      "Sort",
      "Update",
      "Update cart",
      "View more",
      "Yes"
    ],
    "search": [
      "Search",
      "Search products"
    ],
    "sign-up": [
      "Create account?",
      "Create an account",
      "New customer",
      "Register"
    ],
    "review": [
      "Add a review",
      "Add your review",
      "Write your own review"
    ],
    "subscribe": [
      "Newsletter",
      "Subscribe"
    ],
    "account": [
      "Address book",
      "Change password",
      "Personal information",
      "Add address",
      "Addresses",
      "Forgot password?",
      "Profile",
      "Reset password"
    ],
    "orders": [
      "Order history",
      "Orders",
      "Return",
      "View order"
    ],
    "add-to-cart": [
      "Add to cart"
    ],
    "view-cart": [
      "Cart",
      "View and edit cart"
    ],
    "checkout": [
      "Checkout",
      "Pay",
      "Place order"
    ],
    "sign-in": [
      "Customer login",
      "Login",
      "Login to your account",
      "My account",
      "Sign in"
    ],
    "details": [
      "Details"
    ],
    "support": [
      "Support"
    ]
  },
  "es": {
    "generic": [
      "Selección",
      "Selecciona",
      "Seleccionar",
      "Guardar",
      "Siguiente",
      "Guardar cambios",
      "Enviar"
    ],
    "search": [
      "Búsqueda",
      "Buscar productos"
    ],
    "sign-up": [
      "¿Crear cuenta?",
      "Crear una cuenta",
      "Nuevo cliente",
      "Registrarse"
    ],
    "review": [
      "Añadir una reseña",
      "Agregue su reseña",
      "Escriba su propia reseña"
    ],
    "account": [
      "Libreta de direcciones",
      "Cambiar contraseña",
      "Datos personales",
      "Añadir dirección",
      "¿Olvidó su contraseña?",
      "Perfil",
      "Restablecer contraseña"
    ],
    "orders": [
      "Historial de pedidos",
      "Pedidos",
      "Devolver",
      "Ver perdido"
    ],
    "noise": [
      "Aceptar",
      "Volver",
      "Cancelar",
      "Anular",
      "Vaciar carrito",
      "Borrar filtros",
      "Moneda",
      "Eliminar",
      "Editar",
      "Filtrar",
      "Filtros",
      "No",
      "Anterior",
      "Cantidad",
      "Restablecer",
      "Ordenar",
      "Actualizar",
      "Actualizar carrito",
      "Ver más",
      "Sí"
    ],
    "add-to-cart": [
      "Añadir al carrito"
    ],
    "view-cart": [
      "Carrito",
      "Ver y modificar carrito"
    ],
    "checkout": [
      "Completar pedido",
      "Pagar",
      "Realizar pedido"
    ],
    "support": [
      "Contacta con nosotros",
      "Soporte"
    ],
    "sign-in": [
      "Inicio de sesión de cliente",
      "Iniciar sesión",
      "Mi cuenta"
    ],
    "details": [
      "Detalles"
    ]
  },
  "fi": {
    "generic": [
      "Valitse",
      "Seuraava"
    ],
    "search": [
      "Haku"
    ],
    "sign-up": [
      "Luo tili?",
      "Luo tili"
    ],
    "account": [
      "Osoitekirja",
      "Vaihda salasana",
      "Lisää osoite"
    ],
    "orders": [
      "Tilaushistoria",
      "Tilaukset"
    ],
    "noise": [
      "Hyväksy",
      "Edellinen",
      "Peruuta",
      "Tyhjennä ostoskori",
      "Tyhjennä suodattimet",
      "Valuutta",
      "Poista",
      "Muokkaa"
    ],
    "add-to-cart": [
      "Lisää koriin"
    ],
    "review": [
      "Lisää arvostelu"
    ],
    "checkout": [
      "Kassa"
    ],
    "support": [
      "Ota yhteyttä"
    ],
    "details": [
      "Lisätiedot"
    ]
  },
  "fr": {
    "generic": [
      "Sélectionner",
      "Valider",
      "Suivant",
      "Appliquer",
      "Enregistrer les modifications",
      "Envoyer"
    ],
    "search": [
      "Rechercher",
      "Chercher des produits"
    ],
    "sign-up": [
      "Créer un compte ?",
      "Créer un compte",
      "Nouveau client"
    ],
    "review": [
      "Ajouter un avis",
      "Ajouter votre avis",
      "Ecrire votre propre avis"
    ],
    "subscribe": [
      "Newsletter",
      "S'abonner"
    ],
    "account": [
      "Carnet d’adresses",
      "Changer votre mot de passe",
      "Informations personnelles",
      "Ajouter une adresse",
      "Mot de passe oublié ?",
      "Profil",
      "Réinitialisation du mot de passe"
    ],
    "orders": [
      "Historique des commandes",
      "Commandes",
      "Voir la commande"
    ],
    "noise": [
      "Accepter",
      "Retour",
      "Annuler",
      "Réinitialiser",
      "Vider le panier",
      "Réinitialiser les filtres",
      "Devise",
      "Supprimer",
      "Modifier",
      "Filtrer",
      "Filtres",
      "Non",
      "Précédent",
      "Quantité",
      "Trier",
      "Mise à jour",
      "Mettre à jour le panier",
      "Oui"
    ],
    "add-to-cart": [
      "Ajouter au panier"
    ],
    "view-cart": [
      "Panier",
      "Afficher et modifier le panier"
    ],
    "checkout": [
      "Paiement",
      "Payer",
      "Commander"
    ],
    "sign-in": [
      "Connexion",
      "Mon compte"
    ],
    "details": [
      "Détails"
    ],
    "support": [
      "Support"
    ]
  },
  "he": {
    "generic": [
      "בחירה",
      "שלח",
      "הבא",
      "שמור",
      "שמור שינויים"
    ],
    "search": [
      "חפש",
      "חפש מוצרים"
    ],
    "sign-up": [
      "צור חשבון?",
      "צור חשבון"
    ],
    "review": [
      "הוסף סקירה"
    ],
    "account": [
      "רשימת כתובות",
      "שנה סיסמה",
      "הוסף כתובת",
      "שכחת סיסמא?"
    ],
    "noise": [
      "קבל",
      "בטל",
      "מחק",
      "סינון",
      "סינונים",
      "לא",
      "כן"
    ],
    "add-to-cart": [
      "הוסף לעגלה"
    ],
    "view-cart": [
      "עגלה"
    ],
    "orders": [
      "הזמנות"
    ]
  },
  "hr": {
    "generic": [
      "Odaberite",
      "Potvrdi",
      "Sljedeća",
      "Spremi",
      "Sačuvaj izmjene",
      "Pošalji"
    ],
    "search": [
      "Pretraga",
      "Pretraživanje artikala"
    ],
    "sign-up": [
      "Napravite račun",
      "Stvaranje računa",
      "Novi kupac",
      "Registracija"
    ],
    "review": [
      "Dodaj osvrt",
      "Dodaj svoj osvrt",
      "Napišite vlastiti ​​osvrt"
    ],
    "account": [
      "Adresar",
      "Promijenite lozinku",
      "Osobne informacije",
      "Dodaj adresu",
      "Zaboravljena lozinka?",
      "Profil",
      "Resetiranje lozinke"
    ],
    "orders": [
      "Povijest narudžbi",
      "Narudžbe",
      "Vraćeno"
    ],
    "noise": [
      "Prihvati",
      "Povratak",
      "Prekini",
      "Izbriši",
      "Izpraznite košaricu",
      "Očistite filtere",
      "Valuta",
      "sylius.account.address.action.delete",
      "Uredi",
      "Filter",
      "Filteri",
      "Ne",
      "Prethodna",
      "Količina",
      "Resetiranje",
      "Sortiraj",
      "Ažurirajte",
      "Ažuriraj košaricu",
      "Više"
    ],
    "add-to-cart": [
      "Dodaj u košaricu"
    ],
    "view-cart": [
      "Košarica",
      "Pogledaj i uredi košaricu"
    ],
    "checkout": [
      "Blagajna",
      "Plati",
      "Naručite"
    ],
    "support": [
      "Kontaktirajte nas",
      "Podrška"
    ],
    "sign-in": [
      "Prijava kupca",
      "Prijavi se",
      "Prijavite se"
    ],
    "details": [
      "Detalji"
    ]
  },
  "hu": {
    "generic": [
      "Válassza ki",
      "Válasszon",
      "Elküld",
      "Következő",
      "Mentés",
      "Módosítások mentése",
      "Küldés"
    ],
    "search": [
      "Keresés",
      "Termékek keresése"
    ],
    "sign-up": [
      "Fiók létrehozása?",
      "Fiók létrehozása",
      "Új Ügyfél",
      "Regisztráció"
    ],
    "review": [
      "Vélemény hozzáadása",
      "Írja meg a véleményét"
    ],
    "account": [
      "Címjegyzék",
      "Jelszó módosítása",
      "Személyes információk",
      "Cím hozzáadása",
      "Jelszó változtatás",
      "Elfelejtett jelszó?",
      "Profil",
      "Jelszó visszaállítása"
    ],
    "orders": [
      "Rendelési előzmények",
      "Rendelések"
    ],
    "noise": [
      "Elfogad",
      "Vissza",
      "Mégse",
      "Törlés",
      "Kosár ürítése",
      "Szűrők törlése",
      "Pénznem",
      "Szerkesztés",
      "Szűrő",
      "Szűrők",
      "Nem",
      "Előző",
      "Mennyiség",
      "Alaphelyzetbe állítás",
      "Rendezés",
      "Frissít",
      "Kosár frissítése",
      "Igen"
    ],
    "add-to-cart": [
      "Kosárba"
    ],
    "view-cart": [
      "Kosár",
      "Kosár megtekintése és módosítása"
    ],
    "checkout": [
      "Fizetés",
      "Megrendelés"
    ],
    "sign-in": [
      "Ügyfél bejelentkezés",
      "Belépés",
      "Az Ön fiókja",
      "Bejelentkezés"
    ],
    "details": [
      "Részletek"
    ],
    "support": [
      "Támogatás"
    ]
  },
  "id": {
    "generic": [
      "Pilih",
      "Menyerahkan",
      "Berikutnya",
      "Menyimpan",
      "Simpan perubahan",
      "Kirim"
    ],
    "search": [
      "Cari",
      "Produk pencarian"
    ],
    "sign-up": [
      "Buat akun?",
      "Buat sebuah akun",
      "Pelanggan Baru",
      "Daftar"
    ],
    "review": [
      "Tambahkan ulasan",
      "Tambahkan ulasan anda",
      "Tulis review anda sendiri"
    ],
    "account": [
      "Buku alamat",
      "Ganti kata sandi",
      "Informasi pribadi",
      "Tambahkan alamat",
      "Lupa kata sandi?",
      "Profil",
      "Ulang kata sandi"
    ],
    "orders": [
      "Riwayat pembelian",
      "Pemesanan"
    ],
    "noise": [
      "Menerima",
      "Kembali",
      "Membatalkan",
      "Bersih",
      "Keranjang kosong",
      "Hapus filter",
      "Mata Uang",
      "Menghapus",
      "Sunting",
      "Saring",
      "Filter",
      "Tidak",
      "Sebelumnya",
      "Kuantitas",
      "Ulang",
      "Menyortir",
      "Memperbarui",
      "Update cart",
      "Lihat lebih",
      "Iya nih"
    ],
    "add-to-cart": [
      "Masukkan ke keranjang"
    ],
    "view-cart": [
      "Keranjang",
      "Lihat dan edit keranjang"
    ],
    "checkout": [
      "Checkout",
      "Membayar",
      "Agar tempat"
    ],
    "support": [
      "Hubungi kami",
      "Mendukung"
    ],
    "sign-in": [
      "Login Kostumer",
      "Masuk",
      "Akun saya"
    ],
    "details": [
      "Detail"
    ]
  },
  "it": {
    "generic": [
      "Seleziona",
      "Invia",
      "Prossimo",
      "Salva",
      "Salva modifiche"
    ],
    "search": [
      "Ricerca",
      "Cerca prodotti"
    ],
    "sign-up": [
      "Crea un account?",
      "Crea un account",
      "Nuovo cliente",
      "Registrati"
    ],
    "review": [
      "Aggiungi una recensione",
      "Aggiungi la tua recensione",
      "Scrivi la tua recensione"
    ],
    "account": [
      "Indirizzi",
      "Modifica la password",
      "Informazioni personali",
      "Aggiungi indirizzo",
      "Rubrica degli indirizzi",
      "Password dimenticata?",
      "Profilo",
      "Ripristinare Password"
    ],
    "orders": [
      "Storico ordini",
      "Ordini",
      "Ritorno"
    ],
    "noise": [
      "Accetta",
      "Indietro",
      "Annulla",
      "Cancella",
      "Svuota carrello",
      "Cancella filtri",
      "Valuta",
      "Modifica",
      "Filtri",
      "No",
      "Precedente",
      "Quantità",
      "Ripristinare",
      "Aggiorna",
      "Aggiorna il carrello",
      "Dettaglio",
      "Sì"
    ],
    "add-to-cart": [
      "Aggiungi al carrello"
    ],
    "view-cart": [
      "Carrello",
      "Visualizzare e modificare il carrello"
    ],
    "checkout": [
      "Checkout",
      "Pagare",
      "Ordina"
    ],
    "sign-in": [
      "Accesso clienti",
      "Login",
      "Il mio account",
      "Accedi"
    ],
    "details": [
      "Dettagli"
    ],
    "support": [
      "Assistenza"
    ]
  },
  "ja": {
    "generic": [
      "選択",
      "次へ",
      "保存"
    ],
    "search": [
      "検索"
    ],
    "account": [
      "アドレス帳",
      "パスワードの変更",
      "個人情報"
    ],
    "orders": [
      "注文履歴",
      "sylius.breadcrumb.order.index"
    ],
    "add-to-cart": [
      "カートに入れる"
    ],
    "noise": [
      "戻る",
      "キャンセル",
      "カートを空にする",
      "通貨",
      "sylius.account.address.action.delete",
      "sylius.breadcrumb.update",
      "F絞り込む",
      "前へ"
    ],
    "checkout": [
      "注文に進む",
      "注文を確定する"
    ],
    "sign-in": [
      "ログイン",
      "マイアカウント"
    ],
    "sign-up": [
      "お客様登録",
      "登録"
    ]
  },
  "ko": {
    "generic": [
      "선택하기"
    ],
    "search": [
      "검색"
    ],
    "sign-up": [
      "계정 등록"
    ]
  },
  "lt": {
    "generic": [
      "Pasirinkite",
      "Pateikti",
      "Pirmyn",
      "Išsaugoti",
      "Išsaugoti pakeitimus",
      "Siųsti"
    ],
    "search": [
      "Ieškoti",
      "Ieškoti produktų"
    ],
    "sign-up": [
      "Sukurti paskyrą?",
      "Sukurti paskyrą",
      "Naujas klientas",
      "Užsiregistruoti"
    ],
    "review": [
      "Pridėti atsiliepimą",
      "Pridėti jūsų apžvalgą",
      "Parašyti savo atsiliepimą"
    ],
    "account": [
      "Adresų knyga",
      "Keisti slaptažodį",
      "Asmeninė informacija",
      "Pridėti adresą",
      "Pamiršote slaptažodį?",
      "Profilis",
      "Atstatyti slaptažodį"
    ],
    "orders": [
      "Užsakymų istorija",
      "Užsakymai",
      "Grįžti"
    ],
    "noise": [
      "Priimti",
      "Atgal",
      "Atšaukti",
      "Išvalyti",
      "Ištuštinti krepšelį",
      "Valyti filtrus",
      "Valiuta",
      "Šalinti",
      "Redaguoti",
      "Filtras",
      "Filtrai",
      "Ne",
      "Ankstesnis",
      "Kiekis",
      "Atstatyti",
      "Atnaujinti",
      "Atnaujinti krepšelį",
      "Rodyti daugiau",
      "Taip"
    ],
    "add-to-cart": [
      "Įdėti į krepšelį"
    ],
    "view-cart": [
      "Krepšelis",
      "Peržiūrėti ir redaguoti krepšelį"
    ],
    "checkout": [
      "Apmokėjimas",
      "Mokėti",
      "Užsakyti"
    ],
    "support": [
      "Susisiekite su mumis",
      "Pagalba"
    ],
    "sign-in": [
      "Kliento prisijungimas",
      "Prisijungti",
      "Mano paskyra"
    ],
    "details": [
      "Detaliau"
    ]
  },
  "nb": {
    "generic": [
      "Velg",
      "Send inn",
      "Neste",
      "Lagre",
      "Lagre endringer"
    ],
    "search": [
      "Søk"
    ],
    "sign-up": [
      "Opprette konto?",
      "Opprett en konto",
      "Registrer"
    ],
    "review": [
      "Skriv en anmeldelse"
    ],
    "account": [
      "Adressebok",
      "Endre passord",
      "Personlig informasjon",
      "Legg til adresse"
    ],
    "orders": [
      "Ordrehistorikk",
      "Bestillinger",
      "Retur"
    ],
    "noise": [
      "Godta",
      "Tilbake",
      "Avbryt",
      "Nullstill",
      "Tøm handlevogn",
      "Tilbakestill filtre",
      "Valuta",
      "Slett",
      "Rediger",
      "Filtrer",
      "Forrige",
      "Antall",
      "Vis mer"
    ],
    "add-to-cart": [
      "Legg i handlekurv"
    ],
    "checkout": [
      "Gå til kassen",
      "Legg inn bestilling"
    ],
    "support": [
      "Kontakt oss"
    ],
    "sign-in": [
      "Logg inn",
      "Min konto"
    ]
  },
  "nl": {
    "generic": [
      "Selecteer",
      "Verzend",
      "Volgende",
      "Opslaan",
      "Aanpassingen opslaan",
      "Verzenden"
    ],
    "search": [
      "Zoeken",
      "Zoek Producten"
    ],
    "sign-up": [
      "Account aanmaken?",
      "Een account aanmaken",
      "Nieuwe klant",
      "Registreren"
    ],
    "review": [
      "Voeg een review toe",
      "Voeg je beoordeling toe",
      "Schrijf uw beoordeling"
    ],
    "subscribe": [
      "Nieuwsbrief",
      "Abonneren"
    ],
    "account": [
      "Adresboek",
      "Wachtwoord wijzigen",
      "Persoonlijke gegevens",
      "Adres toevoegen",
      "Wachtwoord vergeten?",
      "Profiel",
      "Reset wachtwoord"
    ],
    "orders": [
      "Bestelgeschiedenis",
      "Bestellingen",
      "Retourneren",
      "Bestelling bekijken"
    ],
    "noise": [
      "Aanvaard",
      "Terug",
      "Annuleren",
      "Wissen",
      "Winkelwagen leegmaken",
      "Wis filters",
      "Valuta",
      "Verwijderen",
      "Bewerken",
      "Filter",
      "Filters",
      "Nee",
      "Vorige",
      "Aantal",
      "Reset",
      "Sortering",
      "Winkelwagen bijwerken",
      "Ja"
    ],
    "add-to-cart": [
      "In winkelwagen"
    ],
    "view-cart": [
      "Winkelwagen",
      "Winkelwagen bekijken en aanpassen"
    ],
    "checkout": [
      "Afrekenen",
      "Betalen",
      "Plaats bestelling"
    ],
    "support": [
      "Contacteer ons",
      "Helpdesk"
    ],
    "sign-in": [
      "Klanten login",
      "Inloggen",
      "Mijn account",
      "Aanmelden"
    ],
    "details": [
      "Details"
    ]
  },
  "pl": {
    "generic": [
      "Wybierz",
      "Dodaj",
      "Następne",
      "Zapisz",
      "Zapisz zmiany",
      "Wyślij"
    ],
    "search": [
      "Szukaj",
      "Szukaj produktów"
    ],
    "sign-up": [
      "Utworzyć konto?",
      "Utwórz konto",
      "Nowy Klient",
      "Zarejestruj",
      "Rejestracja"
    ],
    "review": [
      "Dodaj recenzję",
      "Dodaj swoją recenzję",
      "Napisz własną recenzję"
    ],
    "subscribe": [
      "Newsletter",
      "Subskrybuj"
    ],
    "account": [
      "Książka Adresowa",
      "Zmień hasło",
      "Dane osobowe",
      "Dodaj adres",
      "Nie pamiętasz hasła?",
      "Profil",
      "Resetuj hasło"
    ],
    "orders": [
      "Historia zamówień",
      "Zamówienia",
      "Zwrot",
      "Wyświetl zamówienie"
    ],
    "noise": [
      "Akceptuję",
      "Wróć",
      "Anuluj",
      "Wyczyść",
      "Wyczyść koszyk",
      "Wyczyść filtry",
      "Waluta",
      "Usuń",
      "Edytuj",
      "Filtruj",
      "Filtry",
      "Nie",
      "Poprzednie",
      "Ilość",
      "Zresetowano",
      "Zresetuj",
      "Zaktualizuj",
      "Aktualizuj koszyk",
      "Zobacz więcej",
      "Tak"
    ],
    "add-to-cart": [
      "Dodaj do koszyka"
    ],
    "view-cart": [
      "Koszyk",
      "Wyświetl i edytuj koszyk"
    ],
    "checkout": [
      "Zamów",
      "Zapłać",
      "Zamawiam"
    ],
    "support": [
      "Skontaktuj się z nami",
      "Wsparcie techniczne"
    ],
    "sign-in": [
      "Login klienta",
      "Zaloguj",
      "Moje konto"
    ],
    "details": [
      "Szczegóły"
    ]
  },
  "pt-BR": {
    "generic": [
      "Selecione",
      "Submeter",
      "Próxima",
      "Salvar",
      "Salvar alterações",
      "Enviar"
    ],
    "search": [
      "Pesquisar",
      "Procurar produtos"
    ],
    "sign-up": [
      "Criar conta?",
      "Criar uma conta",
      "Novo cliente",
      "Registre-se",
      "Cadastro"
    ],
    "review": [
      "Adicionar um comentário",
      "Adicione o seu comentário",
      "Escreva sua própria revisão"
    ],
    "account": [
      "Catálogo de endereços",
      "Alterar senha",
      "Informação pessoal",
      "Adicionar endereço",
      "Alterar palavra-passe",
      "Esqueceu sua senha?",
      "Perfil",
      "Redefinir senha"
    ],
    "orders": [
      "Histórico de pedidos",
      "Pedidos",
      "Retorno",
      "Ver pedido"
    ],
    "noise": [
      "Aceitar",
      "Voltar",
      "Cancelar",
      "Limpar",
      "Esvaziar carrinho",
      "Limpar os Filtros",
      "Moeda",
      "Excluir",
      "Editar",
      "Filtrar",
      "Filtros",
      "Não",
      "Anterior",
      "Quantidade",
      "Redefinir",
      "Ordenar",
      "Atualizar",
      "Atualizar o carrinho",
      "Ver mais",
      "Sim"
    ],
    "add-to-cart": [
      "Adicionar ao carrinho"
    ],
    "view-cart": [
      "Carrinho",
      "Visualizar e editar carrinho"
    ],
    "checkout": [
      "Finalizar compra",
      "Pagar",
      "Fazer pedido"
    ],
    "support": [
      "Contate-nos",
      "Suporte"
    ],
    "sign-in": [
      "Acesso do cliente",
      "Login",
      "Minha conta",
      "Entre"
    ],
    "details": [
      "Detalhes"
    ]
  },
  "pt-PT": {
    "generic": [
      "Seleccionar",
      "Submeter",
      "Seguinte",
      "Salvar",
      "Salvar modificações"
    ],
    "search": [
      "Pesquisar",
      "Procurar produtos"
    ],
    "sign-up": [
      "Criar conta?",
      "Criar uma conta",
      "Novo cliente",
      "Registar"
    ],
    "review": [
      "Adicionar um comentário",
      "Adicione o seu comentário",
      "Escreva seu próprio comentário"
    ],
    "account": [
      "Livros de moradas",
      "Alterar palavra-passe",
      "Informação Pessoal",
      "Adicionar endereço",
      "Esqueceu-se da palavra-passe?",
      "Perfil",
      "Redefinir palavra-passe"
    ],
    "orders": [
      "Histórico de encomendas",
      "Encomendas",
      "Devolução"
    ],
    "noise": [
      "Aceitar",
      "Voltar",
      "Cancelar",
      "Esvaziar carrinho",
      "Apagar filtros",
      "Moeda",
      "Eliminar",
      "Editar",
      "Filtrar",
      "Filtros",
      "Não",
      "Anterior",
      "Quantidade",
      "Redefinir",
      "Atualizar",
      "Atualizar carrinho",
      "Ver mais",
      "Sim"
    ],
    "add-to-cart": [
      "Adicionar ao carrinho"
    ],
    "view-cart": [
      "Carrinho",
      "Ver e editar carrinho"
    ],
    "checkout": [
      "Finalizar compra",
      "Pagar",
      "Fazer pedido"
    ],
    "support": [
      "Contacte-nos",
      "Apoio"
    ],
    "sign-in": [
      "Sessão do cliente",
      "Login",
      "A Minha Conta"
    ],
    "details": [
      "Detalhes"
    ]
  },
  "ro": {
    "generic": [
      "Selectaţi",
      "Trimite",
      "Pasul următor",
      "Salvează",
      "Salvează modificările"
    ],
    "search": [
      "Căutare",
      "Caută produse"
    ],
    "sign-up": [
      "Creez cont?",
      "Creează un cont",
      "Client nou",
      "Creează cont nou",
      "Înregistrare"
    ],
    "review": [
      "Adăugă o recenzie",
      "Adaugă recenzia ta",
      "Scrieți-vă propria părere"
    ],
    "subscribe": [
      "Buletin Informativ",
      "Abonează-te"
    ],
    "account": [
      "Lista de adrese",
      "Schimbă parola",
      "Informaţii personale",
      "Adaugă adresă",
      "Ai uitat parola?",
      "Profil",
      "Resetează parolă"
    ],
    "orders": [
      "Istoric comenzi",
      "Comenzi",
      "Returnare",
      "Vizualiează comanda"
    ],
    "noise": [
      "Accept",
      "Înapoi",
      "Anulează",
      "Șterge",
      "Golește coșul",
      "Anulează filtrele",
      "Monedă",
      "Editare",
      "Filtrează",
      "Filtre",
      "Pasul precedent",
      "Cantitate",
      "Resetează",
      "Sortează",
      "Actualizează",
      "Actualizează coşul"
    ],
    "add-to-cart": [
      "Adaugă în coș"
    ],
    "view-cart": [
      "Coș",
      "Vizualizare și modificare coș"
    ],
    "checkout": [
      "Trimite comanda",
      "Plătește",
      "Plasare comandă"
    ],
    "support": [
      "Contactează-ne",
      "Suport"
    ],
    "sign-in": [
      "Logare client",
      "Conectaţi-vă",
      "Contul meu",
      "Autentificare"
    ],
    "details": [
      "Detalii"
    ]
  },
  "ru": {
    "generic": [
      "Выбрать",
      "Отправить",
      "Следующее",
      "Сохранить",
      "Сохранить изменения",
      "Послать"
    ],
    "search": [
      "Поиск",
      "Поиск товаров"
    ],
    "sign-up": [
      "Создать учетную запись?",
      "Создать Аккаунт",
      "Новый клиент",
      "Регистрация",
      "Зарегистрироваться"
    ],
    "review": [
      "Добавить отзыв",
      "Добавить свой отзыв",
      "Написать собственный отзыв"
    ],
    "account": [
      "Адресная книга",
      "Сменить пароль",
      "Персональные данные",
      "Добавить адрес",
      "Забыли пароль?",
      "Профиль",
      "Сбросить пароль"
    ],
    "orders": [
      "История заказов",
      "Заказы",
      "Возврат"
    ],
    "noise": [
      "Принять",
      "Назад",
      "Отмена",
      "Очистить",
      "Очистка корзины",
      "Сбросить фильтр",
      "Валюта",
      "Удалить",
      "Редактировать",
      "Фильтровать",
      "Фильтры",
      "Нет",
      "Предыдущее",
      "Количество",
      "Сбросить",
      "Сортировка",
      "Обновить",
      "Обновить корзину",
      "Посмотреть больше",
      "Да"
    ],
    "add-to-cart": [
      "Добавить в корзину"
    ],
    "view-cart": [
      "Корзина",
      "Перейти в корзину"
    ],
    "checkout": [
      "Оформить заказ",
      "Оплатить",
      "Заказать"
    ],
    "support": [
      "Напишите нам",
      "Поддержка"
    ],
    "sign-in": [
      "Авторизация пользователя",
      "Вход",
      "Войти",
      "Моя учетная запись"
    ],
    "details": [
      "Подробнее"
    ]
  },
  "sk": {
    "generic": [
      "Vyberte",
      "Odoslať",
      "Ďalej",
      "Uložiť",
      "Poslať"
    ],
    "search": [
      "Vyhľadať",
      "Vyhľadávanie produktov"
    ],
    "sign-up": [
      "Vytvoriť účet?",
      "Vytvoriť účet",
      "Nový zákazník",
      "Registrovať"
    ],
    "review": [
      "Pridať recenziu",
      "Pridajte vašu recenziu",
      "Napíšte vlastnú recenziu"
    ],
    "account": [
      "Adresár",
      "Zmena hesla",
      "Osobné údaje",
      "Pridaj adresu",
      "Zabudli ste heslo?",
      "Profil",
      "Obnoviť heslo"
    ],
    "orders": [
      "História objednávok",
      "Objednávky",
      "Vrátiť"
    ],
    "noise": [
      "Potvrď",
      "Späť",
      "Zrušiť",
      "Vymazať",
      "Vyprázdniť košík",
      "Vymazať filter",
      "Mena",
      "Odstrániť",
      "Upraviť",
      "Filter",
      "Filtre",
      "Nie",
      "Predchádzajúci",
      "Množstvo",
      "Obnoviť",
      "Poradie",
      "Aktualizovať košík",
      "Zobraziť viac",
      "Áno"
    ],
    "add-to-cart": [
      "Pridať do košíka"
    ],
    "view-cart": [
      "Košík",
      "Zobraziť a upraviť košík"
    ],
    "support": [
      "Kontaktujte nás",
      "Podpora"
    ],
    "sign-in": [
      "Prihlásenie",
      "Môj účet",
      "Prihlásiť"
    ],
    "details": [
      "Podrobnosti"
    ],
    "checkout": [
      "Zaplatiť",
      "Potvrdiť objednávku"
    ]
  },
  "sl": {
    "generic": [
      "Izberite",
      "Naprej",
      "Shrani",
      "Shrani spremembe",
      "Pošlji"
    ],
    "search": [
      "Iskanje",
      "Išči izdelke"
    ],
    "sign-up": [
      "Ustvari račun",
      "Nov kupec",
      "Registracija"
    ],
    "account": [
      "Naslovi",
      "Spremeni geslo",
      "Osebni podatki",
      "Dodaj naslov",
      "Pozabljeno geslo?",
      "Profil",
      "Ponastavitev gesla"
    ],
    "orders": [
      "Zgodovina naročil",
      "Naročila",
      "Vračilo"
    ],
    "noise": [
      "Sprejmi",
      "Nazaj",
      "Prekliči",
      "Počisti",
      "Spraznite košarico",
      "Počisti filtre",
      "Valuta",
      "Zbriši",
      "Urejanje",
      "Filter",
      "Filtri",
      "Ne",
      "Količina",
      "Ponastavitev",
      "Razvrsti",
      "Posodobitev",
      "Posodobi košarico",
      "Poglejte si več"
    ],
    "add-to-cart": [
      "Dodajte v košarico"
    ],
    "view-cart": [
      "Košarica",
      "Poglej in uredi košarico"
    ],
    "checkout": [
      "Plačilo",
      "Oddaj naročilo"
    ],
    "support": [
      "Kontaktirajte nas",
      "Podpora"
    ],
    "sign-in": [
      "Prijava uporabnika",
      "Prijava",
      "Moj račun"
    ],
    "details": [
      "Podrobnosti"
    ]
  },
  "sv": {
    "generic": [
      "Välj",
      "Spara",
      "Nästa",
      "Spara ändringar",
      "Skicka"
    ],
    "search": [
      "Sök",
      "Sök produkter"
    ],
    "sign-up": [
      "Skapa konto?",
      "Skapa ett konto",
      "Ny kund",
      "Registrera"
    ],
    "review": [
      "Lägg till en recension",
      "Lägg till din recension",
      "Skriv din egen recension"
    ],
    "account": [
      "Adressbok",
      "Byt lösenord",
      "Personlig information",
      "Lägg till adress",
      "Glömt lösenordet?",
      "Profil",
      "Återställ lösenord"
    ],
    "orders": [
      "Beställningshistorik",
      "Beställningar"
    ],
    "noise": [
      "Acceptera",
      "Tillbaka",
      "Avbryt",
      "Rensa",
      "Töm varukorg",
      "Rensa filter",
      "Valuta",
      "Radera",
      "Redigera",
      "Filter",
      "Nej",
      "Föregående",
      "Antal",
      "Återställ",
      "Sortera",
      "Uppdatera",
      "Uppdatera varukorgen",
      "Visa mer",
      "Ja"
    ],
    "add-to-cart": [
      "Lägg i varukorg"
    ],
    "view-cart": [
      "Varukorg",
      "Visa och redigera varukorg"
    ],
    "checkout": [
      "Kassa",
      "Betala",
      "Beställ"
    ],
    "support": [
      "Kontakta oss",
      "Support"
    ],
    "sign-in": [
      "Kundinloggning",
      "Inloggning",
      "Mitt konto",
      "Logga in"
    ],
    "details": [
      "Detaljer"
    ]
  },
  "th": {
    "generic": [
      "เลือก",
      "ส่ง",
      "ถัดไป",
      "บันทึก",
      "บันทึกการแก้ไข"
    ],
    "search": [
      "ค้นหา",
      "ค้นหาผลิตภัณฑ์"
    ],
    "sign-up": [
      "สร้างบัญชี?",
      "สร้างบัญชีผู้ใช้",
      "ลูกค้าใหม่",
      "ลงทะเบียน"
    ],
    "review": [
      "เพิ่มรีวิว",
      "เพิ่มรีวิวของคุณ",
      "เขียนรีวิวของคุณ"
    ],
    "account": [
      "สมุดบันทึกที่อยู่",
      "เปลี่ยนรหัสผ่าน",
      "ข้อมูลส่วนบุคคล",
      "เพิ่มที่อยู่",
      "ลืมรหัสผ่านใช่ไหม?",
      "ข้อมูลส่วนตัว",
      "กำหนดรหัสผ่านใหม่"
    ],
    "orders": [
      "ประวัติการสั่งซื้อ",
      "ใบสั่งซื้อ",
      "ตีกลับ"
    ],
    "noise": [
      "ยอมรับ",
      "ย้อนกลับ",
      "ยกเลิก",
      "ล้างข้อความ",
      "ล้างรถเข็น",
      "ล้างการกรอง",
      "สกุลเงิน",
      "ลบ",
      "แก้ไข",
      "กรองข้อมูล",
      "ไม่ใช่",
      "ก่อนหน้านี้",
      "จำนวน",
      "ตั้งค่าใหม่",
      "อัปเดต",
      "ปรับปรุงข้อมูลรถเข็น",
      "ใช่"
    ],
    "add-to-cart": [
      "หยิบใส่รถเข็น"
    ],
    "view-cart": [
      "รถเข็น",
      "ดูและแก้ไขรถเข็น"
    ],
    "checkout": [
      "ชำระเงิน",
      "ชำระ",
      "สั่งซื้อสินค้า"
    ],
    "support": [
      "ติดต่อเรา",
      "สนับสนุน"
    ],
    "sign-in": [
      "เข้าสู่ระบบ",
      "บัญชีของฉัน",
      "ลงชื่อเข้าใช้"
    ],
    "details": [
      "ราย​ละเอียด"
    ]
  },
  "tr": {
    "generic": [
      "Seçiniz",
      "Gönder",
      "Sonraki",
      "Kaydet",
      "Değişiklikleri kaydet"
    ],
    "search": [
      "Arama",
      "Ürünleri ara"
    ],
    "sign-up": [
      "Hesap oluştur?",
      "Yeni hesap oluştur",
      "Yeni müşteri",
      "Üye ol"
    ],
    "review": [
      "Bir gözden ekle",
      "Görüşünüzü ekleyin",
      "Kendi değerlendirmenizi yazın"
    ],
    "account": [
      "Adres Defteri",
      "Şifre değiştir",
      "Kişisel bilgiler",
      "Adres girin",
      "Şifrenizi unuttunuz mu?",
      "Profil",
      "Şifreyi sıfırla"
    ],
    "orders": [
      "Sipariş geçmişi",
      "Siparişler",
      "İade"
    ],
    "noise": [
      "Kabul et",
      "Geri",
      "İptal",
      "Temizle",
      "Sepeti boşalt",
      "Filtreleri temizle",
      "Kur",
      "Sil",
      "Düzenle",
      "Filtre",
      "Filtreler",
      "Hayır",
      "Önceki",
      "Miktar",
      "Sıfırla",
      "Sırala",
      "Gündelle",
      "Sepeti güncelle",
      "Evet"
    ],
    "add-to-cart": [
      "Sepete ekle"
    ],
    "view-cart": [
      "Sepet",
      "Düzen ve görüntü aracı"
    ],
    "checkout": [
      "Ödeme  yap",
      "Öde",
      "Siparişi ver"
    ],
    "support": [
      "Bize ulaşın",
      "DESTEK"
    ],
    "sign-in": [
      "Müşteri girişi",
      "Giriş",
      "Hesabım",
      "Giriş yap"
    ],
    "details": [
      "Detaylar"
    ]
  },
  "uk": {
    "generic": [
      "Виберіть",
      "Продовжити",
      "Наступний",
      "Зберегти",
      "Зберегти зміни",
      "Надіслати"
    ],
    "search": [
      "Пошук",
      "Пошук товарів"
    ],
    "sign-up": [
      "Створити обліковку?",
      "Створити обліковий запис",
      "Новий клієнт",
      "Реєстрація",
      "Зареєструватись"
    ],
    "review": [
      "Додати відгук",
      "Додайте ваш відгук",
      "Написати власний відгук"
    ],
    "subscribe": [
      "Розсилка новин",
      "Підписатися"
    ],
    "account": [
      "Адресна книга",
      "Змінити пароль",
      "Особисті відомості",
      "Додати адресу",
      "Забули пароль?",
      "Профіль",
      "Скинути пароль"
    ],
    "orders": [
      "Історія замовлень",
      "Замовлення",
      "Повернення",
      "Переглянути замовлення"
    ],
    "noise": [
      "Прийняти",
      "Назад",
      "Скасувати",
      "Очистити",
      "Очистити кошик",
      "Очистити фільтри",
      "Валюта",
      "Видалити",
      "Редагувати",
      "Фільтр",
      "Фільтри",
      "Ні",
      "Попередній",
      "Кількість",
      "Скинути",
      "Сортування",
      "Оновити",
      "Оновити кошик",
      "Так"
    ],
    "add-to-cart": [
      "У кошик"
    ],
    "view-cart": [
      "Кошик",
      "Переглянути та редагувати кошик"
    ],
    "checkout": [
      "Підрахунок",
      "Сплатити",
      "Розмістити замовлення"
    ],
    "support": [
      "Зв'язатися з нами",
      "Служба підтримки"
    ],
    "sign-in": [
      "Вхід для клієнта",
      "Вхід",
      "Мій обліковий запис",
      "Увійти"
    ],
    "details": [
      "Подробиці"
    ]
  },
  "vi": {
    "generic": [
      "Chọn",
      "Lưu lại"
    ],
    "search": [
      "Tìm kiếm"
    ],
    "noise": [
      "Chỉnh sửa"
    ],
    "sign-in": [
      "Đăng nhập"
    ],
    "orders": [
      "Đơn đặt hàng"
    ],
    "checkout": [
      "Đặt hàng"
    ],
    "sign-up": [
      "Đăng ký"
    ]
  },
  "zh-CN": {
    "generic": [
      "请选择",
      "提交",
      "下一步",
      "保存",
      "保存变更",
      "发送"
    ],
    "search": [
      "搜索",
      "搜索商品"
    ],
    "sign-up": [
      "创建用户",
      "创建账户",
      "新客户",
      "注册"
    ],
    "review": [
      "添加评论",
      "写下你的评论"
    ],
    "account": [
      "地址管理",
      "更改密码",
      "个人信息",
      "添加地址",
      "忘记密码？",
      "资料",
      "重置密码"
    ],
    "orders": [
      "我的订单",
      "订单"
    ],
    "noise": [
      "接受",
      "返回",
      "取消",
      "清除",
      "清空购物车",
      "清除筛选",
      "货币：",
      "删除",
      "编辑",
      "筛选",
      "否",
      "上一步",
      "数量",
      "重置",
      "排序",
      "更新",
      "更新购物车",
      "查看更多",
      "是"
    ],
    "add-to-cart": [
      "放进购物车"
    ],
    "view-cart": [
      "购物车",
      "查看和编辑购物车"
    ],
    "checkout": [
      "结账",
      "支付",
      "下订单"
    ],
    "sign-in": [
      "客户登录",
      "登录",
      "我的账户"
    ],
    "details": [
      "详细"
    ],
    "support": [
      "支持"
    ]
  },
  "zh-TW": {
    "generic": [
      "請選擇"
    ],
    "account": [
      "通訊錄",
      "更改密碼",
      "個人資訊"
    ],
    "orders": [
      "訂單記錄",
      "訂單"
    ],
    "noise": [
      "同意"
    ],
    "checkout": [
      "結帳"
    ]
  }
},
};
