/** Jest: ts-jest without type checking (npm run typecheck does that once, for all tsconfigs). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        diagnostics: false,
        tsconfig: { module: "commonjs", jsx: "react", esModuleInterop: true, target: "ES2022" },
      },
    ],
  },
  testTimeout: 120000,
};
