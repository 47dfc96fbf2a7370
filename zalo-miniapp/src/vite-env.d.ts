/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Backend origin, e.g. https://motcua.example.gov.vn; empty means same origin. */
  readonly VITE_API_BASE?: string;
  /** Zalo Official Account id; when set, Home offers to follow and chat with the OA. */
  readonly VITE_ZALO_OA_ID?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
