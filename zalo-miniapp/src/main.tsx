import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "zmp-ui/zaui.css";
import "./styles.css";
import appConfig from "../app-config.json";
import MotCuaApp from "./App";

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
