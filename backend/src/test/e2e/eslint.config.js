// ESLint for the officers' admin browser tests: the Mini App's rules, since they share its harness. The Mini App's
// `npm run lint` runs it (ESLint finds this file from the tests' folder, outside the Mini App's own base path).
import miniApp, { scriptGlobals } from "../../../../zalo-miniapp/eslint.config.js";

export default [...miniApp, { languageOptions: { globals: scriptGlobals } }];
