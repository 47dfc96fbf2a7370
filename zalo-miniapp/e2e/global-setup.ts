/**
 * Vitest globalSetup of the e2e project: checks the prerequisites, starts the
 * backend jar once for all journeys and stops it afterwards, whether the
 * journeys passed or not.
 */
import type { TestProject } from "vitest/node";
import { checkPrerequisites, miniAppSource, startBackend } from "./harness.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    backendUrl: string;
    miniAppSource: "backend" | "dist";
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  checkPrerequisites();
  const backend = await startBackend();
  try {
    const source = await miniAppSource(backend.baseUrl);
    if (source === "dist") {
      console.log(
        "[e2e] the backend jar holds an older Mini App build than dist/: /miniapp/ files are answered from dist/, " +
          "page routes still by the backend (rebuild the backend to test the jar's own copy)",
      );
    } else {
      console.log("[e2e] the backend serves the same Mini App build as dist/");
    }
    project.provide("backendUrl", backend.baseUrl);
    project.provide("miniAppSource", source);
  } catch (error) {
    await backend.stop();
    throw error;
  }
  return () => backend.stop();
}
