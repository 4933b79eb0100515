import { SheetsBridge, type ScriptRunner } from "../../../src/hosts/sheets/sheets-bridge";

/** A google.script.run look-alike: a fresh runner per access, answering asynchronously. */
function fakeRun(answer: (name: string, args: unknown[]) => { ok: unknown } | { fail: unknown }) {
  const calls: { name: string; args: unknown[] }[] = [];
  let runners = 0;
  const runner = (): ScriptRunner => {
    runners++;
    let ok: (v: unknown) => void = () => undefined, fail: (e: unknown) => void = () => undefined;
    const r = {
      withSuccessHandler(f: (v: unknown) => void) { ok = f; return r; },
      withFailureHandler(f: (e: unknown) => void) { fail = f; return r; },
    } as ScriptRunner & Record<string, unknown>;
    for (const name of ["validate", "selectCell", "highlight", "clearHighlights", "writeRollups", "loadPanel", "saveSettings", "saveLanguage", "insertTemplate"]) {
      r[name] = (...args: unknown[]) => {
        calls.push({ name, args });
        const a = answer(name, args);
        setTimeout(() => ("ok" in a ? ok(a.ok) : fail(a.fail)), 0);
      };
    }
    return r;
  };
  return { calls, runner, runners: () => runners };
}

describe("SheetsBridge over google.script.run", () => {
  test("each call is one round trip on a fresh runner, with promises", async () => {
    const run = fakeRun((name) => ({ ok: name === "highlight" ? { cells: 4 } : null }));
    const bridge = new SheetsBridge(run.runner);
    await expect(bridge.selectCell("ISU Budget 2026", "B9")).resolves.toBeNull();
    await expect(bridge.highlight({ issues: [] } as never)).resolves.toEqual({ cells: 4 });
    await expect(bridge.loadSettings()).resolves.toEqual({}); // null from the server → defaults
    expect(run.calls.map((c) => [c.name, c.args])).toEqual([["selectCell", ["ISU Budget 2026", "B9"]], ["highlight", [{}]], ["loadPanel", []]]);
    expect(run.runners()).toBe(3);
    expect(bridge.hostName).toBe("Google Sheets");
  });

  test("Highlight and Write rollups send the settings of the last validation, never the report back", async () => {
    const report = { schemaVersion: 1, issues: Array.from({ length: 5000 }, (_, i) => ({ sheet: "Plan", cell: `B${i + 2}`, message: "x".repeat(200) })) };
    const run = fakeRun((name) => ({ ok: name === "validate" ? report : name === "highlight" ? { cells: 5000 } : { sheet: "Workplan Rollups" } }));
    const bridge = new SheetsBridge(run.runner);
    const shown = await bridge.validate({ asOf: "2026-03-01", maxIssuesPerRule: 50 });
    await bridge.highlight(shown);
    await bridge.writeRollups(shown);
    expect(run.calls.map((c) => [c.name, c.args])).toEqual([
      ["validate", [{ asOf: "2026-03-01", maxIssuesPerRule: 50 }]],
      ["highlight", [{ asOf: "2026-03-01", maxIssuesPerRule: 50 }]],
      ["writeRollups", [{ asOf: "2026-03-01", maxIssuesPerRule: 50 }]],
    ]);
    // What goes up stays small whatever the report's size.
    for (const c of run.calls) expect(JSON.stringify(c.args).length).toBeLessThan(100);
  });

  test("arguments are sent as JSON only: no Date, no undefined fields", async () => {
    const run = fakeRun(() => ({ ok: null }));
    const bridge = new SheetsBridge(run.runner);
    await bridge.saveSettings({ asOf: "2026-03-01", planWindow: undefined, extra: new Date(Date.UTC(2026, 0, 1)) } as never);
    expect(run.calls[0].args).toEqual([{ asOf: "2026-03-01", extra: "2026-01-01T00:00:00.000Z" }]);
    expect(Object.keys(run.calls[0].args[0] as object)).toEqual(["asOf", "extra"]);
  });

  test("insertTemplate sends the kind, the prefill (\"\" for a blank template) and the panel's language", async () => {
    const run = fakeRun((_, args) => ({ ok: { sheet: args[1] === "isu-budget-2026" ? "ISU Budget 2026 (2)" : "Budget" } }));
    const bridge = new SheetsBridge(run.runner);
    await expect(bridge.insertTemplate("budget", "isu-budget-2026")).resolves.toEqual({ sheet: "ISU Budget 2026 (2)" });
    await expect(bridge.insertTemplate("budget")).resolves.toEqual({ sheet: "Budget" });
    await expect(bridge.insertTemplate("budget", "")).resolves.toEqual({ sheet: "Budget" });
    await expect(bridge.insertTemplate("budget", "", "fr")).resolves.toEqual({ sheet: "Budget" });
    expect(run.calls.map((c) => [c.name, c.args])).toEqual([
      ["insertTemplate", ["budget", "isu-budget-2026", "en"]],
      ["insertTemplate", ["budget", "", "en"]],
      ["insertTemplate", ["budget", "", "en"]],
      ["insertTemplate", ["budget", "", "fr"]],
    ]);
  });

  test("validate reports progress around the single server call", async () => {
    const run = fakeRun(() => ({ ok: { schemaVersion: 1 } }));
    const progress: [number, number, string][] = [];
    await new SheetsBridge(run.runner).validate({}, (d, t, l) => progress.push([d, t, l]));
    expect(progress).toEqual([[0, 1, "Reading the spreadsheet…"], [1, 1, "Done"]]);
  });

  test("server errors reject with an Error carrying the server's message", async () => {
    const run = fakeRun(() => ({ fail: { name: "ScriptError", message: "Exception: There is no sheet named \"X\"" } }));
    await expect(new SheetsBridge(run.runner).selectCell("X", "A1")).rejects.toThrow('There is no sheet named "X"');
    const run2 = fakeRun(() => ({ fail: new Error("boom") }));
    await expect(new SheetsBridge(run2.runner).clearHighlights()).rejects.toThrow("boom");
  });

  test("a server function missing from the pushed project is a clear error", async () => {
    const runner = (): ScriptRunner => {
      const r: ScriptRunner = { withSuccessHandler: () => r, withFailureHandler: () => r };
      return r;
    };
    await expect(new SheetsBridge(runner).writeRollups({} as never)).rejects.toThrow(/no function writeRollups; push the latest build/);
  });
});
