// Diacritic-insensitive matching for Vietnamese search: "duc" finds "Đức", "van hoa" finds
// "Văn hóa" and "Văn hoá", whether the text is NFC or NFD.

export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when every word of the query occurs in the text, both folded. */
export function matches(foldedText: string, query: string): boolean {
  const words = fold(query).split(' ').filter((word) => word !== '');
  return words.every((word) => foldedText.includes(word));
}
