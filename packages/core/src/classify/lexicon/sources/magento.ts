/**
 * Words of github:eusonlito/magento2-language-es_es, github:hidonet/magento2-language-tr_tr, github:nallias/magento2-language-fr-fr, github:natsraa/magento2-language-th_th, github:artera/magento-2-language-pack-italiano, github:ecomni/magento2-language-pack-de-ch, generated from test/classify/lexicon/labels/magento.json by
 * scripts/lexicon/build-sources.mjs (do not edit: extract again). Files read: eusonlito/magento2-language-es_es:es_ES/all.csv, hidonet/magento2-language-tr_tr:tr_TR.csv, nallias/magento2-language-fr-fr:dictionary.csv, natsraa/magento2-language-th_th:th_TH.csv, artera/magento-2-language-pack-italiano:it_IT.csv, ecomni/magento2-language-pack-de-ch:de_CH.csv.
 */
import type { LexiconSource } from '../types.js';

export const magentoWords: LexiconSource = {
  id: "magento",
  repo: "github:eusonlito/magento2-language-es_es, github:hidonet/magento2-language-tr_tr, github:nallias/magento2-language-fr-fr, github:natsraa/magento2-language-th_th, github:artera/magento-2-language-pack-italiano, github:ecomni/magento2-language-pack-de-ch",
  paths: ["eusonlito/magento2-language-es_es:es_ES/all.csv","hidonet/magento2-language-tr_tr:tr_TR.csv","nallias/magento2-language-fr-fr:dictionary.csv","natsraa/magento2-language-th_th:th_TH.csv","artera/magento-2-language-pack-italiano:it_IT.csv","ecomni/magento2-language-pack-de-ch:de_CH.csv"],
  words: {
  "es": {
    "noise": [
      "Cancelar",
      "Cerrar",
      "Anterior",
      "Eliminar",
      "Eliminar todo",
      "Menú",
      "Sí",
      "No",
      "Borrar",
      "Volver",
      "Restablecer",
      "Cantidad",
      "Editar",
      "Parrilla",
      "Lista",
      "Remover",
      "Ordenar por",
      "Eliminar elemento",
      "Limpiar",
      "Atrás",
      "previous page",
      "Página anterior",
      "Página siguiente",
      "Moneda",
      "Primero",
      "Actualizar",
      "Ordenar",
      "cerrar",
      "Retroceder",
      "Quitar artículo",
      "Actualizar carrito",
      "editar",
      "Filtro",
      "Ver más",
      "Remover artículo",
      "sí",
      "no",
      "Descartar",
      "cantidad",
      "Lenguaje",
      "Filtros"
    ],
    "generic": [
      "Siguiente",
      "Guardar",
      "Enviar",
      "Seleccionar...",
      "Hecho",
      "Seleccionar",
      "Aplicar",
      "Send",
      "Confirmar",
      "Seleccione",
      "Continuar",
      "Guardar y Continuar",
      "Elegir...",
      "save",
      "-- Selecciona --"
    ],
    "orders": [
      "Estado del pedido",
      "Historial de pedidos",
      "Devolución",
      "Pedidos",
      "Volver a hacer el pedido",
      "Estado de pedido",
      "Repetir pedido",
      "Mis pedidos",
      "Ver pedido",
      "Seguimiento de pedidos",
      "Track your order",
      "Devueltos",
      "Devoluciones",
      "Mis devoluciones",
      "# Devolución"
    ],
    "support": [
      "Atención al cliente",
      "Soporte",
      "ponte en contacto con nosotros",
      "Contacte con nosotros",
      "Servicio al Cliente",
      "Ayuda"
    ],
    "account": [
      "Libreta de direcciones",
      "Información de la cuenta",
      "¿Olvidó su contraseña?",
      "Restablecer contraseña",
      "Forgot Password",
      "Nueva dirección",
      "Cambiar la contraseña",
      "Información Personal",
      "Agregar nueva dirección",
      "Direcciones"
    ],
    "checkout": [
      "Comprar ahora",
      "Realizar pedido",
      "Compra",
      "Tramitar pedido"
    ],
    "add-to-cart": [
      "Añadir al carrito",
      "Add To Cart",
      "Añadir al carrito de compras"
    ],
    "wishlist": [
      "Añadir a la Lista de Deseos",
      "Añadir a la lista de deseos",
      "Favoritos",
      "A la lista de deseos",
      "Agregar a los favoritos",
      "Lista de deseos"
    ],
    "details": [
      "Añadir para comparar",
      "Comparar productos",
      "Comparar",
      "Saber más",
      "Más Información",
      "Detalles",
      "Add To Compare",
      "Más información",
      "Ver información",
      "Vista del artículo",
      "View details",
      "Mostrar detalles"
    ],
    "search": [
      "Buscar"
    ],
    "share": [
      "Compartir"
    ],
    "sign-in": [
      "Mi Cuenta",
      "Iniciar sesión",
      "Entrar",
      "Inicio de sesión de cliente"
    ],
    "sign-up": [
      "Registro",
      "Crear una cuenta",
      "Nuevo cliente"
    ],
    "view-cart": [
      "Carrito de compras",
      "Carrito",
      "Mi cesta",
      "Ver y editar carrito",
      "Ver cesta de la compras",
      "Cesta"
    ],
    "subscribe": [
      "Suscribir al boletín informativo",
      "Suscribirse al boletín",
      "Boletín de noticias",
      "Boletín informativo",
      "Suscribirse"
    ],
    "review": [
      "Escribir Su propia reseña",
      "Transmitir reseña del cliente",
      "Valora este producto"
    ]
  },
  "tr": {
    "details": [
      "Detaylı Bilgi",
      "Detaylar",
      "Ürünleri Karşılaştır",
      "Karşılaştır",
      "Karşılaştırma Listesine Ekle",
      "Daha Fazla Bilgi",
      "Ürün Detayları",
      "Daha Fazla",
      "Ürünü göster",
      "Karşılaştırma listesine ekle",
      "Ayrıntıları Göster"
    ],
    "generic": [
      "Tamam",
      "Kaydet",
      "Bitti.",
      "Sonraki",
      "Gönder",
      "Tamamlandı",
      "Seçiniz...",
      "-- Seçiniz --",
      "Uygula",
      "Devam",
      "Seçiniz",
      "Onayla",
      "Devam Et",
      "Kaydet ve Düzenlemeye Devam Et"
    ],
    "account": [
      "Şifrenizi mi unuttunuz ?",
      "Hesap Bilgisi",
      "Şifre Değiştir",
      "Şifremi Unuttum",
      "Adres Defteri",
      "Kişisel Bilgi",
      "Adres Ekle",
      "Şifre Sıfırla",
      "Adresler",
      "Yeni Adres Ekle"
    ],
    "noise": [
      "Geri dön",
      "Düzenle",
      "Adet",
      "Sil",
      "Önceki",
      "Hepsini Temizle",
      "İptal",
      "Kapat",
      "kapat",
      "Evet",
      "Hayır",
      "Geri",
      "Gözardı Et",
      "Temizle",
      "Düzelt",
      "Önceki Sayfa",
      "Sonraki Sayfa",
      "Para Birimi",
      "Sıfırla",
      "Izgara",
      "Liste",
      "Sırala",
      "Filtreler",
      "Ürün Sil",
      "Sepeti Güncelle",
      "Güncelle",
      "Kaldır",
      "Ürünü Sil",
      "Filtre",
      "Daha fazla göster",
      "Dil",
      "Menü",
      "Öğeyi sil"
    ],
    "sign-in": [
      "Giriş",
      "Hesabım",
      "Müşteri Girişi",
      "Kullanıcı Girişi"
    ],
    "checkout": [
      "Siparişi Tamamla",
      "Sipariş Ver",
      "Alışverişi Bitir",
      "Alışverişi Tamamla",
      "Öde",
      "Satın Al"
    ],
    "orders": [
      "Sipariş Durumu",
      "Siparişler",
      "Sipariş Geçmişi",
      "Siparişi Göster",
      "Yeniden Sipariş",
      "Siparişlerim",
      "Siparişi İzle",
      "Siparişini Teslimatını İzle",
      "Invoices",
      "İade"
    ],
    "review": [
      "Yorum Ekle",
      "Kendi Yorumunuzu Yazın",
      "Yorumu Gönder",
      "Yorum Ekleyin"
    ],
    "sign-up": [
      "Yeni Müşteri",
      "Kaydol",
      "Hesap Oluştur"
    ],
    "wishlist": [
      "Takip Listesi",
      "Takip Listesine Ekle",
      "Takip Listesine Taşı",
      "Takip Listeme Ekle",
      "Takip listesine taşı",
      "Takip listesine ekle"
    ],
    "subscribe": [
      "Duyuru",
      "Duyurular",
      "Duyuru ve Kampanya E-Maillerinizi Almak İstiyorum",
      "Duyuru Listesine Abone Ol",
      "Abone Ol"
    ],
    "support": [
      "Müşteri Hizmetleri",
      "İrtibat",
      "Yardım",
      "bizimle bağlantı kurun"
    ],
    "search": [
      "Ara",
      "Arama"
    ],
    "add-to-cart": [
      "Sepete Ekle",
      "Sepete ekle"
    ],
    "view-cart": [
      "Alışveriş Sepeti",
      "Sepetim",
      "Sepeti Göster",
      "Sepeti göster/düzenle"
    ]
  },
  "fr": {
    "generic": [
      "-- Choisir --",
      "Appliquer",
      "Choisir",
      "Choisir...",
      "Confirmer",
      "Continuer",
      "Terminé",
      "Suivant",
      "OK",
      "Ok",
      "Enregistrer",
      "Sauvegarder et continuer",
      "Envoyer",
      "enregistrer"
    ],
    "account": [
      "Informations du compte",
      "Ajouter une nouvelle adresse",
      "Carnet d’adresses",
      "Adresses",
      "Modifier le mot de passe",
      "Mot de passe oublié",
      "Mot de passe oublié ?",
      "Informations personnelles",
      "Réinitialiser le mot de passe"
    ],
    "review": [
      "Ajoutez votre commentaire",
      "Soumettre l’avis",
      "Rédigez votre propre commentaire"
    ],
    "add-to-cart": [
      "Ajouter au panier"
    ],
    "details": [
      "Ajouter au comparateur",
      "Comparer",
      "Comparer des produits",
      "Détails",
      "En savoir plus",
      "Plus d’information",
      "Détails du produit",
      "Voir les détails",
      "Voir le produit"
    ],
    "wishlist": [
      "Ajouter à ma liste d’envie",
      "Ajouter à la liste d’envies",
      "Liste d’envies"
    ],
    "noise": [
      "Appliquer les filtres",
      "Retour",
      "Annuler",
      "Vider",
      "Tout supprimer",
      "Tout Supprimer",
      "Fermer",
      "Devise",
      "Supprimer",
      "Modifier",
      "Filtre",
      "Filtres",
      "Grille",
      "Langue",
      "Liste",
      "Menu",
      "Page suivante",
      "Non",
      "Précédent",
      "Page précédente",
      "Quantité",
      "Supprimer l’élément",
      "Réinitialiser",
      "Afficher plus",
      "Trier par",
      "Mettre à jour",
      "Mettre à jour le panier",
      "Oui",
      "fermer",
      "modifier",
      "non",
      "oui"
    ],
    "checkout": [
      "Commander",
      "Procéder au paiement",
      "Passez la commande"
    ],
    "sign-up": [
      "Créer un compte",
      "Nouveau client",
      "S'enregistrer"
    ],
    "sign-in": [
      "Accès client",
      "Se connecter",
      "Mon compte",
      "Connexion"
    ],
    "support": [
      "Service client",
      "Aide"
    ],
    "view-cart": [
      "Mon panier",
      "Panier",
      "Voir et modifier le panier",
      "Voir le panier"
    ],
    "orders": [
      "Mes commandes",
      "Historique commande",
      "Statut de la commande",
      "Commandes",
      "Renouveler",
      "Suivre la commande",
      "Voir la commande"
    ],
    "subscribe": [
      "Lettre d’information",
      "Abonnez-vous à la lettre d’information",
      "S'abonner à la lettre d’information"
    ],
    "search": [
      "Rechercher"
    ],
    "share": [
      "Partager la liste d’envies"
    ]
  },
  "th": {
    "noise": [
      "Remove",
      "close",
      "Close",
      "Back",
      "Cancel",
      "Quantity",
      "No",
      "Reset",
      "Edit",
      "Remove item",
      "Yes",
      "Dismiss",
      "Clear",
      "Delete",
      "Previous",
      "Previous page",
      "Next page",
      "Currency",
      "Grid",
      "List",
      "Clear All",
      "Sort By",
      "Update Cart",
      "แก้ไข",
      "นำรายการนี้ออก",
      "อัพเดท",
      "ยกเลิก",
      "ลบ",
      "edit",
      "Go back",
      "Update",
      "Remove Item",
      "Filter",
      "Show more",
      "quantity",
      "First",
      "yes",
      "no",
      "Language",
      "Menu",
      "Filters",
      "Sort"
    ],
    "add-to-cart": [
      "Add to Shopping Cart",
      "Add to Cart",
      "Add To Cart"
    ],
    "generic": [
      "Apply",
      "Ok",
      "Done",
      "Save",
      "Submit",
      "Next",
      "Select...",
      "-- Select --",
      "OK",
      "Confirm",
      "Select",
      "save",
      "Continue",
      "Send",
      "Save and Continue",
      "Choose..."
    ],
    "view-cart": [
      "Shopping Cart",
      "View Shopping Cart",
      "รถเข็น",
      "รถเข็นของฉัน",
      "View and Edit Cart"
    ],
    "details": [
      "Details",
      "View Details",
      "Compare Products",
      "Compare",
      "Learn More",
      "Add to Compare",
      "More Information",
      "Add To Compare",
      "Learn more",
      "ดูรายละเอียด",
      "More information",
      "Read More",
      "See Details",
      "Show Details",
      "View Product"
    ],
    "checkout": [
      "Place Order",
      "ชำระเงิน",
      "ดำเนินการชำระเงิน",
      "สถานที่การสั่งซื้อ",
      "Purchase"
    ],
    "orders": [
      "Orders",
      "Order Status",
      "View Order",
      "Reorder",
      "Return",
      "Returns",
      "Return Items",
      "My Returns",
      "Return #",
      "Return items",
      "Order History",
      "My Orders",
      "Track Order",
      "Track your order"
    ],
    "sign-in": [
      "My Account",
      "Sign in",
      "เข้าสู่ระบบ",
      "Sign In",
      "Customer Login",
      "Login"
    ],
    "account": [
      "Account Information",
      "ลืมรหัสผ่าน?",
      "Address Book",
      "Add New Address",
      "Reset Password",
      "Personal Information",
      "Change Password",
      "Forgot Your Password?",
      "Addresses",
      "Forgot Password",
      "Forgot your password?"
    ],
    "search": [
      "Search",
      "ค้นหา"
    ],
    "wishlist": [
      "Add to Wish List",
      "Add to Wishlist",
      "Wish List",
      "Wishlist",
      "Move to Wishlist",
      "Add To Wishlist"
    ],
    "sign-up": [
      "New Customer",
      "Create an Account",
      "Registration"
    ],
    "subscribe": [
      "Newsletter",
      "Sign Up for Newsletter",
      "Subscribe to Newsletter",
      "Subscribe"
    ],
    "share": [
      "Share"
    ],
    "support": [
      "Help",
      "Customer Service",
      "Support"
    ],
    "review": [
      "Write Your Own Review",
      "Submit Review",
      "Add Your Review"
    ]
  },
  "it": {
    "noise": [
      "Elimina",
      "chiudi",
      "Chiudi",
      "Indietro",
      "Annulla",
      "Quantità",
      "No",
      "Reset",
      "Modifica",
      "Rimuovi il prodotto",
      "Sì",
      "Cancella",
      "pagina precedente",
      "Precedente",
      "Pagina precedente",
      "Pagina successiva",
      "Valuta",
      "Reimposta",
      "Rimuovi",
      "Griglia",
      "Lista",
      "Cancella tutto",
      "Ordina per",
      "Si",
      "Aggiorna Carrello",
      "Aggiorna",
      "modifica",
      "Rimuovi elemento",
      "Filtro",
      "Mostra altro",
      "Rifiuta",
      "Rimuovi articolo",
      "quantità",
      "Primo",
      "sì",
      "no",
      "Lingua",
      "Menu",
      "Filtri"
    ],
    "add-to-cart": [
      "Aggiungi al carrello",
      "Aggiungi al Carrello"
    ],
    "generic": [
      "Applica",
      "Completato",
      "Fine",
      "Salva",
      "Invia",
      "Successivo",
      "Seleziona...",
      "-- Seleziona --",
      "OK",
      "Conferma",
      "Procedi",
      "Fatto",
      "Seleziona",
      "salva",
      "Continua",
      "Invio",
      "Ok",
      "Salva e Continua",
      "Scegli..."
    ],
    "view-cart": [
      "Carrello",
      "Mostra carrello",
      "Visualizza e modifica carrello"
    ],
    "details": [
      "Dettagli",
      "Visualizza dettagli",
      "Confronta Prodotti",
      "Confronta",
      "Scopri di più",
      "Aggiungi al confronto",
      "Maggiori Informazioni",
      "Aggiungi al Confronto",
      "Ulteriori informazioni",
      "Vedi Dettagli",
      "Vedi dettagli",
      "Mostra dettagli",
      "Visualizza prodotto"
    ],
    "checkout": [
      "Effettua Ordine",
      "Checkout",
      "Procedi al Checkout",
      "Procedi alla Cassa",
      "Vai alla cassa",
      "Vai alla Cassa?",
      "Acquista"
    ],
    "orders": [
      "Ordini",
      "I Miei ordini",
      "Status Ordine",
      "Visualizza ordine",
      "Riordina",
      "I Miei Ordini",
      "Restituzione",
      "Resi",
      "Elementi reso",
      "Reso #",
      "Cronologia ordine",
      "Traccia l'ordine",
      "Traccia il tuo ordine",
      "Stato Ordine"
    ],
    "sign-in": [
      "Il mio Account",
      "Accedi",
      "Login",
      "Login cliente",
      "Il mio account"
    ],
    "account": [
      "Informazioni sull'account",
      "Hai dimenticato la password?",
      "Rubrica",
      "Aggiungi nuovo indirizzo",
      "Reimposta Password",
      "Informazioni personali",
      "Cambia Password",
      "Indirizzi",
      "Password dimenticata",
      "Aggiungi Nuovo Indirizzo",
      "Reset Password",
      "Informazioni Account"
    ],
    "search": [
      "Cerca"
    ],
    "wishlist": [
      "Aggiungi alla lista desideri",
      "Aggiungi alla Lista dei Desideri",
      "Lista desideri",
      "Sposta alla lista desideri"
    ],
    "sign-up": [
      "Crea un Account",
      "Nuovo Cliente",
      "Registrazione"
    ],
    "subscribe": [
      "Newsletter",
      "Iscriviti alla Newsletter"
    ],
    "share": [
      "Condividi"
    ],
    "support": [
      "Guida",
      "Assistenza Clienti",
      "Assistenza"
    ],
    "review": [
      "Scrivi la tua recensione",
      "Invia recensione",
      "Aggiungi la tua recensione"
    ]
  },
  "de": {
    "noise": [
      "Schliessen"
    ]
  }
},
};
