/** The words and figures pages print: dates, roles, names, statistic values and sources. */
import { describe, expect, it } from 'vitest';
import {
  dayCount,
  describeStatValue,
  displayName,
  formatDateRange,
  formatNumber,
  formatRole,
  formatRoleBesideName,
  quoteParagraphs,
  formatSource,
  formatStatValue,
  formatYears,
  initials,
  isoDate,
  shownHonorific,
  truncateAtWord,
} from '../../src/lib/site/format';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('dates', () => {
  it('writes a range the short way when it can', () => {
    expect(formatDateRange(d('2024-12-11'), d('2024-12-12'))).toBe('11–12 December 2024');
    expect(formatDateRange(d('2024-12-12'), d('2024-12-12'))).toBe('12 December 2024');
    expect(formatDateRange(d('2025-11-30'), d('2025-12-02'))).toBe('30 November – 2 December 2025');
    expect(formatDateRange(d('2024-12-30'), d('2025-01-02'))).toBe('30 December 2024 – 2 January 2025');
  });

  it('gives the ISO date for <time> and counts the days inclusively', () => {
    expect(isoDate(d('2024-12-11'))).toBe('2024-12-11');
    expect(dayCount(d('2024-12-11'), d('2024-12-12'))).toBe(2);
    expect(dayCount(d('2024-12-11'), d('2024-12-11'))).toBe(1);
  });
});

describe('people', () => {
  it('writes years and roles, leaving out an organisation the title already names', () => {
    expect(formatYears({ from: 1999, to: 2008 })).toBe('1999–2008');
    expect(formatYears({ from: 2019 })).toBe('since 2019');
    expect(formatYears({ to: 2008 })).toBe('until 2008');
    expect(formatYears({})).toBe('');
    const undp = { name: 'United Nations Development Programme', shortName: 'UNDP' };
    expect(formatRole({ title: 'UNDP Administrator', from: 2009, to: 2017 }, undp)).toBe('UNDP Administrator (2009–2017)');
    expect(formatRole({ title: 'Chair' }, { name: 'Extractive Industries Transparency Initiative', shortName: 'EITI' })).toBe(
      'Chair, Extractive Industries Transparency Initiative (EITI)',
    );
    expect(formatRole({ title: 'former Prime Minister of New Zealand', from: 1999, to: 2008 })).toBe('former Prime Minister of New Zealand (1999–2008)');
    const mazhilis = { name: 'Mazhilis of the Parliament of the Republic of Kazakhstan', shortName: 'Mazhilis' };
    expect(formatRole({ title: 'MP' }, mazhilis)).toBe('MP, Mazhilis of the Parliament of the Republic of Kazakhstan');
  });

  it('does not repeat a title the displayed name already carries as its honorific', () => {
    const mazhilis = { name: 'Mazhilis of the Parliament of the Republic of Kazakhstan', shortName: 'Mazhilis' };
    const suleimenova = { name: 'Suleimenova', honorific: 'MP' };
    expect(shownHonorific(suleimenova)).toBe('MP');
    // "MP Suleimenova" then "Mazhilis of the Parliament ...", not "MP, Mazhilis ...".
    expect(formatRoleBesideName({ title: 'MP' }, mazhilis, suleimenova)).toBe('Mazhilis of the Parliament of the Republic of Kazakhstan');
    expect(formatRoleBesideName({ title: 'MP', from: 2021 }, mazhilis, suleimenova)).toBe('Mazhilis of the Parliament of the Republic of Kazakhstan (since 2021)');
    // Only the same title gives way, and only to an organisation.
    expect(formatRoleBesideName({ title: 'Chair' }, mazhilis, suleimenova)).toBe('Chair, Mazhilis of the Parliament of the Republic of Kazakhstan');
    expect(formatRoleBesideName({ title: 'MP' }, undefined, suleimenova)).toBe('MP');
    // Helen Clark's "Ms." is not shown before her full name, so nothing gives way.
    const eiti = { name: 'Extractive Industries Transparency Initiative', shortName: 'EITI' };
    expect(shownHonorific({ name: 'Helen Clark', honorific: 'Ms.' })).toBeUndefined();
    expect(formatRoleBesideName({ title: 'Chair' }, eiti, { name: 'Helen Clark', honorific: 'Ms.' })).toBe('Chair, Extractive Industries Transparency Initiative (EITI)');
  });

  it('puts the honorific before a name only where the source gives no first name', () => {
    expect(displayName({ name: 'Suleimenova', honorific: 'MP' })).toBe('MP Suleimenova');
    expect(displayName({ name: 'Helen Clark', honorific: 'Ms.' })).toBe('Helen Clark');
    expect(initials('Helen Clark')).toBe('HC');
    expect(initials('Suleimenova')).toBe('S');
    expect(initials('Katarzyna Anna Wawiernia')).toBe('KW');
    expect(initials('Әлия Сүлейменова')).toBe('ӘС');
  });
});

describe('statistics', () => {
  it('shows each kind of value as people say it, and in words for screen readers', () => {
    const cases = [
      [{ kind: 'percentage', value: 54 }, '54%', '54 percent'],
      [{ kind: 'range', min: 8, max: 15, unit: 'percent' }, '8–15%', '8 to 15 percent'],
      [{ kind: 'range', min: 8, max: 15, unit: 'count' }, '8–15', '8 to 15'],
      [{ kind: 'ratio', numerator: 1, denominator: 3 }, '1 in 3', 'one in three'],
      [{ kind: 'count', value: 2345, unit: 'applications' }, '2,345', '2,345 applications'],
    ] as const;
    for (const [value, figure, words] of cases) {
      expect(formatStatValue(value)).toBe(figure);
      expect(describeStatValue(value)).toBe(words);
    }
    expect(formatNumber(1234567)).toBe('1,234,567');
  });

  it('credits a source as one line', () => {
    expect(formatSource({ publisher: 'UNDP and UN Women', year: 2024, title: 'study' })).toBe('UNDP and UN Women, study, 2024');
    expect(formatSource({ publisher: 'Kazinform News Agency, citing UNDP Kazakhstan', year: 2024 })).toBe('Kazinform News Agency, citing UNDP Kazakhstan, 2024');
  });
});

describe('truncateAtWord', () => {
  it('keeps short text and cuts long text at a word with an ellipsis', () => {
    expect(truncateAtWord('Women are underrepresented', 40)).toBe('Women are underrepresented');
    const cut = truncateAtWord('Women are underrepresented in STEM not only in Kazakhstan but globally.', 40);
    expect(cut).toBe('Women are underrepresented in STEM not…');
    expect(cut.length).toBeLessThanOrEqual(40);
  });

  it('splits a quote into paragraphs at blank lines only', () => {
    expect(quoteParagraphs('One line\nstill one.\n\nSecond.')).toEqual(['One line\nstill one.', 'Second.']);
  });
});
