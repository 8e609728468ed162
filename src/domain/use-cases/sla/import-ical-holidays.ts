// Reads holidays from an uploaded iCalendar file for the admin's calendar draft. Nothing is saved here:
// the admin reviews the dates and saves the `sla` section, which validates them again.
import { BadRequestError } from '../../errors';
import type { Clock } from '../../ports';
import { MAX_ICAL_CHARS, parseICalHolidays, type ICalImport } from '../../model/sla/parse-ical';

/** Yearly recurring holidays are expanded up to this many years after the current one. */
export const ICAL_YEARS_AHEAD = 3;

export function importIcalHolidays(deps: { readonly clock: Clock }, text: string): ICalImport {
  if (text.length > MAX_ICAL_CHARS) throw new BadRequestError(`the file is larger than ${MAX_ICAL_CHARS} characters`);
  if (!/BEGIN:VCALENDAR/i.test(text)) throw new BadRequestError('not an iCalendar file');
  return parseICalHolidays(text, deps.clock.now().getUTCFullYear() + ICAL_YEARS_AHEAD);
}
