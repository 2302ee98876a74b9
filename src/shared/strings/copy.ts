/** A copy button and its announcement: the diagram and the code block. */
export const COPY_STRINGS = {
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Copy failed',
} as const;
