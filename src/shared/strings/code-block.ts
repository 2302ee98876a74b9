/** The code block's name, copy button and highlighted lines. */
export const CODE_BLOCK_STRINGS = {
  copyCode: 'Copy code',
  code: 'Code',
  codeIn: '{language} code',
  highlightedLine: 'highlighted line',
} as const;
