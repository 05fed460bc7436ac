/**
 * Moving a DOCX between the API (base64) and the user's disk. A download through
 * `<a download>` works in both modes: the browser saves it, and in Electron the session's
 * download handling shows the native save dialog.
 */
const docxMime = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunks keep String.fromCharCode under the engine's argument limit on large files.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function downloadDocx(fileName: string, base64: string): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(base64)], { type: docxMime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has taken its copy by the next tasks; a minute is generous for a save dialog.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function readFileAsBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}

export function looksLikeDocx(file: File): boolean {
  return /\.docx$/i.test(file.name) || file.type === docxMime;
}
