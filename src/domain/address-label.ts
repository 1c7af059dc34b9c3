/** Where data opened from an address comes from, short enough for a line: the host and the file's name. */
export function addressLabel(url: string): string {
  try {
    const parsed = new URL(url);
    const name = decodeURIComponent(parsed.pathname.split('/').pop() ?? '');
    return name ? `${parsed.host} › ${name}` : parsed.host;
  } catch {
    return url;
  }
}
