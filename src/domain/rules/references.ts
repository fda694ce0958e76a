// Official sources cited by several rule files: the Ministerial Instructions for Express Entry over time, and IRCC pages.
import type { Reference } from './parameter.ts';

export const IRCC_EXPRESS_ENTRY = 'https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry';

export const MI_BASE =
  'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-application-management-system';

export const MI_LAUNCH: Reference = {
  title: 'Ministerial Instructions Respecting the Express Entry System (28 Nov 2014, in force 1 Jan 2015), Canada Gazette',
  url: `${MI_BASE}.html`,
};
export const MI_2016: Reference = {
  title: 'Ministerial Instructions Amending the MI Respecting the Express Entry System, 2016-1 (in force 19 Nov 2016); archived MI 30 May 2015 – 18 Nov 2016',
  url: `${MI_BASE}/30-may-2015-18-november-2016.html`,
};
export const MI_2017: Reference = {
  title: 'Ministerial Instructions Amending the MI Respecting the Express Entry System, 2017-1 (in force 6 Jun 2017)',
  url: `${MI_BASE}/amending-express-entry-system-2017.html`,
};
export const MI_CURRENT: Reference = {
  title: 'Ministerial Instructions Respecting the Express Entry System – current (signed 9 Aug 2024, amended 25 Mar 2025)',
  url: `${MI_BASE}/current.html`,
};
export const HELP_2017: Reference = {
  title: 'IRCC Help Centre Q1318: What changes have recently been made to Express Entry? (6 Jun 2017)',
  url: 'http://www.cic.gc.ca/english/helpcentre/answer.asp?qnum=1318&top=29',
};
/** A reference with a precision appended to its title (a section, what it says). */
export function citing(ref: Reference, precision: string): Reference {
  return { ...ref, title: `${ref.title}, ${precision}` };
}
