import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { VERSION } from "../dist/index.js";

const read = (path) => readFileSync(new URL(path, import.meta.url), "utf8");

/** The gateway's Maven version as npm spells it: 0.1.0-SNAPSHOT is the prerelease 0.1.0-dev.0. */
function npmVersion(mavenVersion) {
  return mavenVersion.replace(/-SNAPSHOT$/, "-dev.0");
}

test("the package is versioned with the gateway's root pom", () => {
  const pom = read("../../../pom.xml");
  const mavenVersion = /<artifactId>aegis-parent<\/artifactId>\s*<version>([^<]+)<\/version>/.exec(pom)?.[1];
  assert.ok(mavenVersion, "the root pom names aegis-parent's version");
  const packageVersion = JSON.parse(read("../package.json")).version;
  assert.equal(packageVersion, npmVersion(mavenVersion));
  assert.equal(VERSION, packageVersion);
});

test("a snapshot maps to the dev.0 prerelease and a release to itself", () => {
  assert.equal(npmVersion("0.1.0-SNAPSHOT"), "0.1.0-dev.0");
  assert.equal(npmVersion("1.2.3"), "1.2.3");
});
