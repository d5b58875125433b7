// The folders of lib/ form layers: no folder imports, directly or through others, a folder that
// imports it back. A cycle means a basic (errors, contracts, request metadata) sits in a feature
// folder, or two features lean on each other; either way the map in ARCHITECTURE.md stops being
// true. Type-only imports count too: they tie the folders' meanings together all the same.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const lib = path.join(root, "lib");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sources(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** lib/<folder>/… → folder; lib/status.ts → "status". */
const folderOf = (file: string) =>
  path
    .relative(lib, file)
    .split(path.sep)[0]
    ?.replace(/\.tsx?$/, "") ?? "";

function importedFolders(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specifiers = [...text.matchAll(/\bfrom\s+"([^"]+)"|\bimport\(\s*"([^"]+)"\s*\)/g)].map(
    (m) => m[1] ?? m[2] ?? "",
  );
  return specifiers.flatMap((spec) => {
    const target = spec.startsWith("@/lib/")
      ? path.join(lib, spec.slice("@/lib/".length))
      : spec.startsWith(".")
        ? path.resolve(path.dirname(file), spec)
        : null;
    if (!target?.startsWith(lib + path.sep)) return [];
    return [folderOf(target)];
  });
}

function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sources(lib)) {
    const from = folderOf(file);
    const edges = graph.get(from) ?? new Set<string>();
    for (const to of importedFolders(file)) if (to !== from) edges.add(to);
    graph.set(from, edges);
  }
  return graph;
}

/** Every strongly connected group of more than one folder (Tarjan). */
function cycles(graph: Map<string, Set<string>>): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (node: string) => {
    order.set(node, index);
    low.set(node, index);
    index += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!order.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, order.get(next) ?? 0));
      }
    }
    if (low.get(node) === order.get(node)) {
      const group: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const node of graph.keys()) if (!order.has(node)) visit(node);
  return groups;
}

describe("lib/ layers", () => {
  it("has no import cycle between folders", () => {
    expect(cycles(folderGraph())).toEqual([]);
  });
});
