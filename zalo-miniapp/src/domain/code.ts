/**
 * Dossier codes (Thông tư 01/2018/TT-VPCP, art. 19): AAA.BB.CC.Xnn-YYMMDD-NNNN.
 * Citizens type them in lower case, with spaces, without dots or dashes: we
 * accept all of that and rebuild the canonical form when the shape is known.
 * Other vendor formats are passed on as typed (upper-cased, no spaces) and
 * resolved by the server.
 */

const COMPACT_CANONICAL = /^(\d{3})(\d{2})(\d{2})([A-Z]\d{2})(\d{6})(\d{4})$/;
const CANONICAL_IN_TEXT = /\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}-\d{6}-\d{4}/i;
const ALLOWED = /^[A-Z0-9._\-/]+$/;
export const MAX_CODE_LENGTH = 64;
export const MIN_CODE_LENGTH = 4;

/** Trims, upper-cases, removes spaces and rebuilds the canonical form when it can. */
export function normaliseDossierCode(input: string): string {
  const unified = input
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .trim();
  const compact = unified.replace(/[\s._\-/]+/g, "");
  const match = COMPACT_CANONICAL.exec(compact);
  if (match) {
    const [, a, b, c, agency, date, seq] = match;
    return `${a}.${b}.${c}.${agency}-${date}-${seq}`;
  }
  return unified.replace(/\s+/g, "");
}

export type CodeCheck = { ok: true; code: string } | { ok: false; message: string };

/** Normalises and checks a typed code; the message is shown to the citizen. */
export function checkDossierCode(input: string): CodeCheck {
  const code = normaliseDossierCode(input);
  if (code === "") {
    return { ok: false, message: "Vui lòng nhập mã hồ sơ." };
  }
  if (code.length < MIN_CODE_LENGTH) {
    return { ok: false, message: "Mã hồ sơ quá ngắn. Vui lòng kiểm tra lại trên giấy hẹn." };
  }
  if (code.length > MAX_CODE_LENGTH) {
    return { ok: false, message: "Mã hồ sơ quá dài. Vui lòng kiểm tra lại trên giấy hẹn." };
  }
  if (!ALLOWED.test(code)) {
    return {
      ok: false,
      message: "Mã hồ sơ chỉ gồm chữ cái không dấu, chữ số, dấu chấm và dấu gạch ngang.",
    };
  }
  return { ok: true, code };
}

export interface ScannedDossier {
  code: string;
  token?: string;
}

const CODE_PARAMS = ["code", "mahoso", "ma_ho_so", "ma", "hoso"];
const TOKEN_PARAMS = ["t", "token"];

function firstParam(params: URLSearchParams, names: string[]): string | undefined {
  for (const [key, value] of params) {
    if (names.includes(key.toLowerCase()) && value.trim() !== "") {
      return value;
    }
  }
  return undefined;
}

function parseUrl(content: string): URL | null {
  const candidate = /^zalo\.me\//i.test(content) ? `https://${content}` : content;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(candidate)) {
    return null;
  }
  try {
    return new URL(candidate);
  } catch {
    return null;
  }
}

/**
 * Reads a dossier code (and access token) from what a QR code holds: a deep
 * link such as https://zalo.me/s/{appId}/?code=...&t=..., any URL with a code
 * parameter, a text containing a canonical code, or the bare code.
 * Returns null when the content is not a dossier code.
 */
export function parseScannedContent(content: string): ScannedDossier | null {
  const text = content.trim();
  if (text === "") {
    return null;
  }
  const url = parseUrl(text);
  if (url) {
    const rawCode = firstParam(url.searchParams, CODE_PARAMS);
    if (!rawCode) {
      return null;
    }
    const check = checkDossierCode(rawCode);
    if (!check.ok) {
      return null;
    }
    const token = firstParam(url.searchParams, TOKEN_PARAMS);
    return token ? { code: check.code, token } : { code: check.code };
  }
  const embedded = CANONICAL_IN_TEXT.exec(text);
  if (embedded) {
    return { code: normaliseDossierCode(embedded[0]) };
  }
  const check = checkDossierCode(text);
  return check.ok ? { code: check.code } : null;
}
