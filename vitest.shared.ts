import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Siblings resolve to their TypeScript source in tests, so no test waits for a build.
export const sharedConfig = defineConfig({
  resolve: { conditions: ["@accord/source"] },
  ssr: { resolve: { conditions: ["@accord/source"] } },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    globalSetup: [fileURLToPath(new URL("./vitest.tmpdir.ts", import.meta.url))],
  },
});
