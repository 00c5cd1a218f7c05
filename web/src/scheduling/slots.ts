import { dateFormat } from '../i18n/i18n.ts';
/** One local day of free slots, for a picker: the day's key (YYYY-MM-DD, browser time), its words, its start instants. */
export interface SlotDay {
  day: string;
  label: string;
  slots: string[];
}

function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The slots (ISO instants, any order) grouped by the browser's local day, days and times in order. */
export function slotsByDay(slots: readonly string[]): SlotDay[] {
  const days = new Map<string, SlotDay>();
  for (const slot of [...slots].sort((a, b) => Date.parse(a) - Date.parse(b))) {
    const date = new Date(slot);
    if (Number.isNaN(date.getTime())) continue;
    const day = localDay(date);
    const entry = days.get(day) ?? {
      day,
      label: dateFormat({ weekday: 'long', day: 'numeric', month: 'long' }).format(date),
      slots: [],
    };
    entry.slots.push(slot);
    days.set(day, entry);
  }
  return [...days.values()];
}

/** "09:40" in the browser's locale and time zone. */
export function slotTime(slot: string): string {
  return dateFormat({ hour: '2-digit', minute: '2-digit' }).format(new Date(slot));
}
