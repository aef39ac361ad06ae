/**
 * Cairn's own words for the "view …" and account-menu phrasings of storefronts in every language:
 * view all details, view in your space, view addresses, quick add, log out. A bare display verb
 * (Danish "Se") says nothing by itself.
 */
import type { LexiconWords } from '../../types.js';

type Views = { details?: string[]; 'view-cart'?: string[]; account?: string[]; 'add-to-cart'?: string[]; generic?: string[] };
const v = (details: string[], account: string[], quickAdd: string[] = [], viewCart: string[] = []): Views => ({
  details,
  account,
  ...(quickAdd.length > 0 ? { 'add-to-cart': quickAdd } : {}),
  ...(viewCart.length > 0 ? { 'view-cart': viewCart } : {}),
});

export const viewWords: LexiconWords = {
  de: v(['alle details ansehen', 'details ansehen', 'in deinem raum anzeigen', 'in ihrem raum anzeigen'], ['abmelden', 'ausloggen', 'adressen ansehen'], ['schnell hinzufügen', 'schnellkauf']),
  fr: v(['afficher tous les détails', 'afficher les détails', 'voir tous les détails', 'voir dans votre espace', 'afficher dans votre espace', 'voir dans votre pièce'], ['se déconnecter', 'déconnexion', 'voir les adresses', 'afficher les adresses'], ['ajout rapide', 'ajouter rapidement'], ['afficher le panier']),
  es: v(['ver todos los detalles', 'ver detalles completos', 'ver en tu espacio', 'ver en su espacio'], ['cerrar sesión', 'ver direcciones', 'ver las direcciones'], ['añadir rápido', 'agregar rápido', 'añadido rápido', 'agregar rápidamente']),
  it: v(['visualizza tutti i dettagli', 'visualizza i dettagli', 'vedi tutti i dettagli', 'visualizza nel tuo spazio', 'vedi nel tuo spazio'], ['esci', 'disconnetti', 'logout', 'visualizza indirizzi', 'visualizza gli indirizzi'], ['aggiunta rapida', 'aggiungi rapidamente']),
  ru: v(['просмотреть все сведения', 'посмотреть все сведения', 'просмотреть все детали', 'посмотреть в вашем пространстве', 'просмотреть в вашем пространстве', 'просмотреть подробности'], ['выйти', 'выход', 'просмотреть адреса'], ['быстрое добавление', 'быстро добавить'], ['просмотреть корзину']),
  'pt-BR': v(['ver todos os detalhes', 'ver detalhes completos', 'ver no seu ambiente'], ['sair', 'ver endereços'], ['adição rápida', 'adicionar rapidamente']),
  'pt-PT': v(['ver todos os detalhes', 'ver detalhes completos', 'ver no seu espaço'], ['terminar sessão', 'sair', 'ver moradas'], ['adição rápida', 'adicionar rapidamente']),
  nl: v(['volledige details bekijken', 'alle details bekijken', 'bekijk volledige details', 'bekijken in jouw ruimte', 'in je ruimte bekijken'], ['uitloggen', 'afmelden', 'adressen bekijken'], ['snel toevoegen']),
  pl: v(['wyświetl wszystkie szczegóły', 'wyświetl szczegóły', 'wyświetl w swoim otoczeniu', 'zobacz w swojej przestrzeni'], ['wyloguj się', 'wyloguj', 'wyświetl adresy'], ['szybkie dodawanie', 'szybkie dodanie', 'dodaj szybko'], ['wyświetl koszyk']),
  sv: v(['visa alla detaljer', 'visa i ditt rum'], ['logga ut', 'visa adresser'], ['snabbtillägg', 'lägg till snabbt']),
  da: { ...v(['vis alle oplysninger', 'se alle oplysninger', 'se i dit rum'], ['log ud', 'vis adresser'], ['hurtig tilføjelse', 'tilføj hurtigt']), generic: ['se', 'vis'] },
  nb: v(['vis alle detaljer', 'se i rommet ditt'], ['logg ut', 'vis adresser'], ['hurtigtillegg', 'legg til raskt']),
  fi: v(['näytä kaikki tiedot', 'katso kaikki tiedot', 'näytä tilassasi'], ['kirjaudu ulos', 'näytä osoitteet'], ['pikalisäys', 'lisää nopeasti']),
  cs: v(['zobrazit všechny podrobnosti', 'zobrazit ve svém prostoru'], ['odhlásit se', 'odhlásit', 'zobrazit adresy'], ['rychlé přidání', 'rychle přidat']),
  sk: v(['zobraziť všetky podrobnosti', 'zobraziť vo svojom priestore'], ['odhlásiť sa', 'odhlásiť', 'zobraziť adresy'], ['rýchle pridanie', 'rýchlo pridať']),
  tr: v(['tüm ayrıntıları gör', 'alanınızda görüntüleyin', 'kendi alanınızda görüntüleyin'], ['çıkış yap', 'oturumu kapat', 'çıkış', 'adresleri görüntüle'], ['hızlı ekle', 'hızlı ekleme']),
  ro: v(['vezi toate detaliile', 'vizualizează în spațiul tău'], ['deconectare', 'deconectează-te', 'ieșire', 'vezi adresele'], ['adăugare rapidă', 'adaugă rapid']),
  hu: v(['összes részlet megtekintése', 'megtekintés a saját teredben'], ['kijelentkezés', 'címek megtekintése'], ['gyors hozzáadás']),
  hr: v(['prikaži sve pojedinosti', 'pogledajte u svom prostoru'], ['odjava', 'odjavi se', 'prikaži adrese'], ['brzo dodaj', 'brzo dodavanje']),
  sl: v(['prikaži vse podrobnosti', 'oglejte si v svojem prostoru'], ['odjava', 'odjavi se', 'prikaži naslove'], ['hitro dodaj', 'hitra dodaja']),
  bg: v(['преглед на всички подробности', 'вижте в своето пространство'], ['изход', 'излез', 'преглед на адресите'], ['бързо добавяне', 'бързо добави'], ['прегледай количката', 'преглед на количката']),
  el: v(['προβολή όλων των στοιχείων', 'προβολή στον χώρο σας'], ['αποσύνδεση', 'προβολή διευθύνσεων'], ['γρήγορη προσθήκη']),
  ja: v(['すべての詳細を見る', '詳細をすべて見る', 'お客様のスペースで表示', 'ご自宅で表示'], ['ログアウト', '住所を見る'], ['クイック追加', 'すぐに追加']),
  ko: v(['전체 세부 정보 보기', '공간에서 보기'], ['로그아웃', '주소 보기'], ['빠른 추가', '빠르게 추가']),
  'zh-CN': v(['查看完整详细信息', '查看详细信息', '在您的空间中查看'], ['退出登录', '登出', '退出', '查看地址'], ['快速添加', '快速加购']),
  'zh-TW': v(['檢視完整詳細資訊', '查看完整詳細資訊', '在你的空間中檢視'], ['登出', '查看地址', '檢視地址'], ['快速新增', '快速加入']),
  th: v(['ดูรายละเอียดทั้งหมด', 'ดูในพื้นที่ของคุณ'], ['ออกจากระบบ', 'ดูที่อยู่'], ['เพิ่มด่วน', 'เพิ่มอย่างรวดเร็ว']),
  vi: v(['xem tất cả chi tiết', 'xem trong không gian của bạn'], ['đăng xuất', 'xem địa chỉ'], ['thêm nhanh']),
  id: v(['lihat detail selengkapnya', 'lihat semua detail', 'lihat di ruang anda'], ['keluar', 'logout', 'lihat alamat'], ['tambah cepat', 'tambahkan cepat']),
  lt: v(['peržiūrėti visas detales', 'peržiūrėti savo erdvėje'], ['atsijungti', 'peržiūrėti adresus'], ['greitai pridėti', 'greitas pridėjimas']),
  uk: v(['переглянути всі відомості', 'переглянути у вашому просторі'], ['вийти', 'вихід', 'переглянути адреси'], ['швидке додавання', 'швидко додати']),
  ar: v(['عرض كل التفاصيل', 'عرض جميع التفاصيل', 'عرض في مساحتك'], ['تسجيل الخروج', 'خروج', 'عرض العناوين'], ['إضافة سريعة']),
  he: v(['הצגת כל הפרטים', 'צפייה בכל הפרטים', 'הצגה בחלל שלך'], ['התנתקות', 'התנתק', 'יציאה', 'הצג כתובות'], ['הוספה מהירה']),
};
