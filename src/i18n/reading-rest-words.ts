import type { Words } from './words';

/**
 * The note over a part of a large dataset shown before the rest is read (app/ReadingRest.tsx):
 * loaded with it, only then.
 */
export const readingRestWords: Words<{
  /** One district shown. */
  readingRestUnit: (unit: string) => string;
  /** A year or a topic shown, or both. */
  readingRestOf: (year: number | null, topic: string | null) => string;
}> = {
  vi: {
    readingRestUnit: (unit) =>
      `Đang hiển thị ${unit}; số liệu của các đơn vị khác đang được đọc, các đơn vị khác sẽ xem được khi đọc xong.`,
    readingRestOf: (year, topic) =>
      year != null && topic != null
        ? `Đang hiển thị năm ${year}, lĩnh vực ${topic}; các số liệu khác đang được đọc, các năm và lĩnh vực khác sẽ xem được khi đọc xong.`
        : year != null
          ? `Đang hiển thị năm ${year}; số liệu của các năm khác đang được đọc, các năm khác sẽ xem được khi đọc xong.`
          : `Đang hiển thị lĩnh vực ${topic ?? ''}; số liệu của các lĩnh vực khác đang được đọc, các lĩnh vực khác sẽ xem được khi đọc xong.`,
  },
  en: {
    readingRestUnit: (unit) =>
      `Showing ${unit}; the other units’ figures are being read, and the other units can be shown once they are.`,
    readingRestOf: (year, topic) =>
      year != null && topic != null
        ? `Showing ${year}, topic ${topic}; the other figures are being read, and the other years and topics can be shown once they are.`
        : year != null
          ? `Showing ${year}; the other years’ figures are being read, and the other years can be shown once they are.`
          : `Showing the topic ${topic ?? ''}; the other topics’ figures are being read, and the other topics can be shown once they are.`,
  },
};
