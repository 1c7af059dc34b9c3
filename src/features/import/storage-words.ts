import { formatNumber } from '../../domain/format';
import type { Lang } from '../../domain/url-state';
import type { Words } from '../../i18n/words';

const MB = 2 ** 20;
const GB = 2 ** 30;

/**
 * A size as the reader's language writes it: "35,2 MB", "4,1 GB" (vi); "35.2 MB" (en). Megabytes
 * below 1,000 of them (never a four-digit count of megabytes), with one decimal, a tenth at least
 * (a small import is never "0 MB").
 */
export function formatByteSize(bytes: number, lang: Lang): string {
  if (bytes >= 1000 * MB) return `${formatNumber(bytes / GB, lang, '', 1)} GB`;
  return `${formatNumber(Math.max(bytes / MB, 0.1), lang, '', 1)} MB`;
}

export const storageWords: Words<{
  storageUse: (used: string, free: string) => string;
  storageKept: string;
  storageMayBeCleared: string;
}> = {
  vi: {
    storageUse: (used, free) =>
      `Dữ liệu của trang trong trình duyệt này: ${used}; còn trống khoảng ${free}.`,
    storageKept: 'Trình duyệt giữ dữ liệu này bền vững, không tự xóa khi máy thiếu chỗ.',
    storageMayBeCleared:
      'Trình duyệt có thể tự xóa dữ liệu này khi máy thiếu chỗ; hãy giữ tệp gốc.',
  },
  en: {
    storageUse: (used, free) => `This site’s data in this browser: ${used}; about ${free} free.`,
    storageKept: 'The browser keeps this data even when the machine runs short of space.',
    storageMayBeCleared:
      'The browser may clear this data when the machine runs short of space; keep the original file.',
  },
};
