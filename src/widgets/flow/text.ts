/** Looking up the flow island's strings in the browser (the server hands it only its slice). */
import { format } from '../../i18n/format';

export type Text = (key: string, values?: Record<string, string | number>) => string;

export function textFrom(strings: Record<string, string>): Text {
  return (key, values) => {
    const template = strings[key];
    if (template === undefined) throw new Error(`flow widget: no string "${key}"`);
    return format(template, values);
  };
}

export function listFormat(lang: string): (items: string[]) => string {
  const formatter = new Intl.ListFormat(lang, { type: 'conjunction' });
  return (items) => formatter.format(items);
}
