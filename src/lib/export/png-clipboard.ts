/** A PNG on the clipboard: whether the browser can, and the write that must start inside the click. */

/** True where images can be put on the clipboard (async Clipboard API with ClipboardItem). */
export function canCopyImages(): boolean {
  return (
    typeof navigator !== 'undefined' &&
    typeof navigator.clipboard?.write === 'function' &&
    typeof globalThis.ClipboardItem === 'function'
  );
}

/**
 * Puts a PNG on the clipboard. The blob is passed as a promise so that Safari still counts the
 * click that started the export as the user's gesture. Returns a message for the user.
 */
export async function copyPng(png: Promise<Blob>): Promise<{ ok: boolean; message: string }> {
  if (!canCopyImages())
    return { ok: false, message: 'This browser cannot copy images to the clipboard; use Download PNG.' };
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
    return { ok: true, message: 'PNG copied to the clipboard.' };
  } catch (e) {
    const name = (e as DOMException)?.name;
    const why =
      name === 'NotAllowedError' ? 'the browser did not allow it' : String((e as Error)?.message ?? e);
    return { ok: false, message: `Could not copy the PNG (${why}); use Download PNG.` };
  }
}
