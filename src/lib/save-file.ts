/**
 * Hands the reader a file made in the page (the console's output, the timeline's SVG, the file
 * a playground's tab shows) as the browser's download of `name`.
 */
export function saveFile(name: string, parts: BlobPart[], type: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  // The download has taken the blob once the click's task is over.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
