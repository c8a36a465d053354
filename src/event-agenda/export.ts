import type { AgendaEvent } from '../data/evenements/record.js';
import type { Lang } from '../core/i18n.js';
import type { AgendaStrings } from './strings.js';


/**
 * Loaded on the first export. An .ics file of every event of a search (up to MAX_EVENTS), handed to the browser's download
 * from a link inside `root`. Returns the sentence that says what was exported.
 */
export async function exportIcs(fetchAll: () => Promise<{ items: AgendaEvent[]; total: number }>, root: Node, lang: Lang, t: AgendaStrings): Promise<string> {
  const [{ eventsToIcs }, page] = await Promise.all([import('./ics.js'), fetchAll()]);
  const events = page.items;
  download(root, eventsToIcs(events, { lang, calendarName: t.calendarName }), 'agenda-orientation.ics');
  return `${t.exported(events.length)}${page.total > events.length ? ` ${t.exportCapped(events.length, page.total)}` : ''}`;
}

function download(root: Node, text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  root.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
