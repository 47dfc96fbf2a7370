// ESLint for the Mini App and its tests (npm run lint, part of the README's test command).
import js from "@eslint/js";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

/** Scripts and browser tests run on Node and also hand functions to the page. */
export const scriptGlobals = { ...globals.node, ...globals.browser };

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "www/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // a leading underscore marks a parameter a signature needs and the body does not (fetch stubs in tests)
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    languageOptions: { globals: globals.browser },
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
  },
  {
    // the build's and the browser tests' scripts run on Node; the browser tests also hand functions to the page
    files: ["scripts/**", "e2e/**", "*.config.{js,ts}"],
    languageOptions: { globals: scriptGlobals },
  },
);
