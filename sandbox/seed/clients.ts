// The demo's client companies: ids like CL-10423, a display name, the language they write in and how often
// they contact support (a few large clients file most requests). Fictional names; no real companies.

export type Lang = 'en' | 'ru';
export type Client = { readonly id: string; readonly name: string; readonly lang: Lang; readonly weight: number };

export const CLIENTS: readonly Client[] = [
  { id: 'CL-10423', name: 'Northwind Freight', lang: 'en', weight: 9 },
  { id: 'CL-10437', name: 'ООО «Северный Ветер»', lang: 'ru', weight: 8 },
  { id: 'CL-10452', name: 'Bluebell Clinics', lang: 'en', weight: 6 },
  { id: 'CL-10468', name: 'АО «Техснаб»', lang: 'ru', weight: 6 },
  { id: 'CL-10481', name: 'Harbor & Finch Legal', lang: 'en', weight: 5 },
  { id: 'CL-10495', name: 'Сеть аптек «Здоровье+»', lang: 'ru', weight: 5 },
  { id: 'CL-10503', name: 'Quayside Retail', lang: 'en', weight: 4 },
  { id: 'CL-10517', name: 'ИП Кузнецова', lang: 'ru', weight: 2 },
  { id: 'CL-10529', name: 'Greenleaf Schools', lang: 'en', weight: 4 },
  { id: 'CL-10536', name: 'ООО «Волга Логистик»', lang: 'ru', weight: 4 },
  { id: 'CL-10544', name: 'Ironbridge Motors', lang: 'en', weight: 3 },
  { id: 'CL-10558', name: 'Кафе «Пышка»', lang: 'ru', weight: 2 },
  { id: 'CL-10561', name: 'Pinecrest Hotels', lang: 'en', weight: 3 },
  { id: 'CL-10573', name: 'ООО «Уралстрой»', lang: 'ru', weight: 3 },
  { id: 'CL-10588', name: 'Lumen Analytics', lang: 'en', weight: 3 },
  { id: 'CL-10590', name: 'Фитнес-клуб «Атлант»', lang: 'ru', weight: 2 },
  { id: 'CL-10602', name: 'Copperline Telecom', lang: 'en', weight: 2 },
  { id: 'CL-10615', name: 'Книжный дом «Читай»', lang: 'ru', weight: 2 },
  { id: 'CL-10627', name: 'Maple Street Bakery', lang: 'en', weight: 1 },
  { id: 'CL-10639', name: 'ООО «Байкал Тур»', lang: 'ru', weight: 2 },
  { id: 'CL-10641', name: 'Sterling Dental Group', lang: 'en', weight: 2 },
  { id: 'CL-10656', name: 'Автосервис «Колесо»', lang: 'ru', weight: 1 },
  { id: 'CL-10662', name: 'Oakridge Property', lang: 'en', weight: 1 },
  { id: 'CL-10678', name: 'Brightwater Utilities', lang: 'en', weight: 2 },
];

export const CHANNELS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['Telegram group', 'Telegram group', 'Email', 'Phone'],
  ru: ['Telegram-группа', 'Telegram-группа', 'Почта', 'Телефон'],
};
