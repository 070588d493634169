/**
 * Progressive enhancement for ShareControls: shows the "Copy link" button where the Clipboard
 * API works and the "Share" button where navigator.share exists, and announces the result in
 * the control's polite live region. Without this script the permalink field stays visible.
 */

function announce(root: HTMLElement, message: string): void {
  const status = root.querySelector<HTMLElement>('[data-share-status]');
  if (!status) return;
  // Clear first so the same message twice is announced twice.
  status.textContent = '';
  setTimeout(() => (status.textContent = message), 50);
}

function enhance(root: HTMLElement): void {
  const { url = location.href, title = document.title, text = '' } = root.dataset;
  // Messages in the page's language, from the dictionary (ShareControls writes them as data-msg-*).
  const { msgCopied = '', msgCopyFailed = '', msgShareFailed = '' } = root.dataset;
  const copy = root.querySelector<HTMLButtonElement>('[data-share-copy]');
  const native = root.querySelector<HTMLButtonElement>('[data-share-native]');
  const field = root.querySelector<HTMLElement>('[data-share-field]');
  const input = field?.querySelector('input');

  if (copy && navigator.clipboard && window.isSecureContext) {
    copy.hidden = false;
    if (field) field.hidden = true;
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(url);
        announce(root, msgCopied);
      } catch {
        // Blocked (permissions, an embedded frame): offer the link to copy by hand.
        if (field) field.hidden = false;
        input?.select();
        announce(root, msgCopyFailed);
      }
    });
  }

  if (native && typeof navigator.share === 'function') {
    native.hidden = false;
    native.addEventListener('click', async () => {
      try {
        await navigator.share({ title, text, url });
      } catch (error) {
        // Closing the share sheet is a choice, not an error.
        if ((error as DOMException)?.name !== 'AbortError') announce(root, msgShareFailed);
      }
    });
  }

  // Clicking into the permalink selects all of it, ready to copy.
  input?.addEventListener('focus', () => input.select());
}

export function initShareControls(doc: Document = document): void {
  for (const root of doc.querySelectorAll<HTMLElement>('[data-share]')) {
    if (root.dataset.shareReady) continue;
    root.dataset.shareReady = 'true';
    enhance(root);
  }
}
