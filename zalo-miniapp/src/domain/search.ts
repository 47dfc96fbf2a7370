/**
 * Vietnamese text matching that ignores diacritics and case: "dat dai"
 * finds "Đất đai". The server does the same for ?q=; this copy gives instant
 * feedback while the server answers.
 */

/** Lower case, no diacritics (NFD, marks stripped, đ -> d), single spaces. */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** True when every word of the query occurs in one of the fields. */
export function matchesQuery(fields: Array<string | null | undefined>, query: string): boolean {
  const words = foldVietnamese(query)
    .split(" ")
    .filter((word) => word !== "");
  if (words.length === 0) {
    return true;
  }
  const haystack = foldVietnamese(fields.filter((field): field is string => !!field).join(" "));
  return words.every((word) => haystack.includes(word));
}

/** Keeps the items whose fields match the query, in their original order. */
export function filterByQuery<T>(
  items: readonly T[],
  query: string,
  fields: (item: T) => Array<string | null | undefined>,
): T[] {
  return items.filter((item) => matchesQuery(fields(item), query));
}
