/** Copy text from a user gesture (extension pages may use the async Clipboard API then). */
export async function copyText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}
