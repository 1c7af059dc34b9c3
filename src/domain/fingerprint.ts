/**
 * A short fingerprint of a text: FNV-1a over its UTF-16 code units, and its length. It tells
 * whether two texts are the same, as a checksum does; it is no secret and no defence against
 * someone crafting a collision (the texts it compares are the app's own files).
 */
export function textFingerprint(text: string): string {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    value = Math.imul(value ^ text.charCodeAt(index), 0x01000193);
  }
  return `${(value >>> 0).toString(36)}:${text.length}`;
}
