/** How a data source is named to readers: the file name for a path, the host for a web address. */
export function dataSourceLabel(source: string): string {
  if (/^https:/i.test(source)) {
    try {
      return new URL(source).host;
    } catch {
      return source;
    }
  }
  const path = source.split(/[?#]/)[0] ?? source;
  return path.split('/').filter(Boolean).pop() ?? path;
}
