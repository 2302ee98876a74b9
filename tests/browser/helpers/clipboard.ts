// Stand-ins for the clipboard in copy tests: the test page has no user gesture to grant it.

/** Replaces `navigator.clipboard` for one test (`undefined`: no Clipboard API, as on plain HTTP). */
export function stubClipboard(writeText: ((text: string) => Promise<void>) | undefined): () => void {
  const had = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', {
    value: writeText ? { writeText } : undefined,
    configurable: true,
  });
  return () => {
    if (had) Object.defineProperty(navigator, 'clipboard', had);
    else delete (navigator as { clipboard?: unknown }).clipboard;
  };
}

/** Replaces `document.execCommand` for one test, recording the commands and the selection they saw. */
export function stubExecCommand(result: boolean | 'throw'): { restore: () => void; selected: string[] } {
  const selected: string[] = [];
  const doc = document as unknown as { execCommand: (command: string) => boolean };
  doc.execCommand = (command: string) => {
    const hosts = [...document.body.querySelectorAll('*')].filter((el) => el.shadowRoot);
    const area = hosts.map((el) => el.shadowRoot!.querySelector('textarea')).find(Boolean);
    selected.push(`${command}:${area ? area.value.slice(area.selectionStart, area.selectionEnd) : ''}`);
    if (result === 'throw') throw new Error('denied');
    return result;
  };
  return { restore: () => delete (document as unknown as { execCommand?: unknown }).execCommand, selected };
}
