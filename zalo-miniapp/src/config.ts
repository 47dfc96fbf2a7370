/** Build-time settings (VITE_* variables; public, never secrets). See .env.example. */

/** The Zalo Official Account id (VITE_ZALO_OA_ID); empty when not configured, which hides the OA links. */
export function zaloOaId(): string {
  return import.meta.env.VITE_ZALO_OA_ID?.trim() || "";
}
