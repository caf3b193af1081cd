/** Saving a file from the page: a Blob behind a temporary <a download>, offline, no server round trip. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the URL by now; revoke later so slow browsers still read it.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export function textBlob(text: string, mime: string): Blob {
  return new Blob([text], { type: mime });
}
