/** Formats YYYY, YYYY-MM or YYYY-MM-DD in a language, as precisely as the date is known. */
export function formatPartialDate(value: string, lang: string): string {
  const [year = NaN, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  if (Number.isNaN(date.getTime())) throw new Error(`Bad date "${value}": use YYYY, YYYY-MM or YYYY-MM-DD`);
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
  if (month) options.month = 'long';
  if (day) options.day = 'numeric';
  return new Intl.DateTimeFormat(lang, options).format(date);
}

export function formatDate(date: Date, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
