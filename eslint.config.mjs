// ESLint 9 flat config: typescript-eslint recommended for the TypeScript sources, tests and benchmarks,
// plus the architecture fence that keeps src/core free of any host (Excel/Office, DOM, React, Node).
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

const HOST_INDEPENDENT = "src/core must stay host-independent";

export default defineConfig(
  { ignores: ["dist/**", "lib/**", "node_modules/**", "coverage/**", "assets/**", "scripts/**", "out/**"] },

  js.configs.recommended,
  {
    rules: {
      "no-template-curly-in-string": "error",
      // `let [, sign, intPart, frac] = m` with some parts reassigned is fine; only flag all-const destructuring.
      "prefer-const": ["error", { destructuring: "all" }],
    },
  },

  // Root build/config files (webpack.config.js, jest.config.js) are CommonJS run by Node.
  {
    files: ["*.js", "*.cjs"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        exports: "writable",
        process: "readonly",
        console: "readonly",
        __dirname: "readonly",
        __filename: "readonly",
      },
    },
  },

  {
    files: ["src/**/*.ts", "src/**/*.tsx", "tests/**/*.ts", "tests/**/*.tsx", "bench/**/*.ts"],
    extends: [tseslint.configs.recommended],
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },

  {
    files: ["src/core/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["exceljs", "react", "react-dom", "fs", "path", "os", "child_process"].map((name) => ({
            name,
            message: HOST_INDEPENDENT,
          })),
          patterns: [
            { regex: "^(exceljs|react|react-dom|fs|path|os|child_process)/", message: HOST_INDEPENDENT },
            { regex: "^@fluentui/", message: HOST_INDEPENDENT },
            { regex: "^node:", message: HOST_INDEPENDENT },
            // any path segment naming a host layer: ../excel, ../../node/io, ../taskpane/x, ../functions, ../cli
            { regex: "/(excel|node|taskpane|functions|cli)(/|$)", message: HOST_INDEPENDENT },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...["Office", "Excel", "document", "window", "process"].map((name) => ({ name, message: HOST_INDEPENDENT })),
      ],
    },
  },
);
