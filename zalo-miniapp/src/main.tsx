import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "zmp-ui/zaui.css";
import "./styles.css";
import appConfig from "../app-config.json";
import MotCuaApp from "./App";
import { handleLoginRefusalOutsideZalo } from "./sdk/zalo";

// Before anything renders: zmp-sdk's import-time login() rejects outside Zalo.
handleLoginRefusalOutsideZalo();

if (!window.APP_CONFIG) {
  window.APP_CONFIG = appConfig;
}

const container = document.getElementById("app");
if (container) {
  createRoot(container).render(
    <StrictMode>
      <MotCuaApp />
    </StrictMode>,
  );
}
