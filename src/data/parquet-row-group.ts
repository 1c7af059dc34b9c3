import type { AsyncBuffer, FileMetaData } from 'hyparquet';
import { crc32 } from '../domain/crc32';
import { rowGroupBytes } from '../domain/dataset-parquet';

/**
 * A row group of one of this dashboard's Parquet files read once and checked against the CRC-32
 * its footer records for it (domain/dataset-parquet.ts) before any of it is decoded. A file
 * damaged in its data (a byte changed on a disk or in transit) is then refused, rather than read
 * into wrong numbers, or into hyparquet's decoder, which a damaged page header can send to
 * allocate more than a page may (the renderer then crashes). Gives a buffer over the file that
 * serves that row group's slices from the bytes read (one read, one request), the file itself
 * for a file written before its row groups were checked (`checks` null), and null when the bytes
 * are not what was written.
 */
export async function checkedRowGroup(
  file: AsyncBuffer,
  metadata: FileMetaData,
  index: number,
  checks: readonly number[] | null,
): Promise<AsyncBuffer | null> {
  if (checks == null) return file;
  const group = metadata.row_groups[index];
  const range = group ? rowGroupBytes(group) : null;
  if (!range || checks.length !== metadata.row_groups.length || range.end > file.byteLength)
    return null;
  const { start, end } = range;
  const bytes = await file.slice(start, end);
  if (bytes.byteLength !== end - start || crc32(new Uint8Array(bytes)) !== checks[index])
    return null;
  return {
    byteLength: file.byteLength,
    slice: (from, to = file.byteLength) =>
      from >= start && to <= end ? bytes.slice(from - start, to - start) : file.slice(from, to),
  };
}
