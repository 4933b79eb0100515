/**
 * The add-in manifest, checked offline (office-addin-manifest validate needs Microsoft's online service and no
 * npm package ships the XSDs): required elements in schema order, every resid resolving to a resource of the
 * right kind, HTTPS everywhere, and every icon present under assets/ at its declared size.
 */
import * as fs from "fs";
import * as path from "path";
import { child, kids, parseXml, walk, type XmlElement } from "./xml-tree";

const root = path.resolve(__dirname, "../../..");
const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const app = parseXml(xml);
const DEV = "https://localhost:3000/";

const value = (el: XmlElement): string => el.attrs.DefaultValue ?? el.text.trim();

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  expect(b.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** The asset file a dev URL points to. */
function assetFile(url: string): string {
  expect(url.startsWith(`${DEV}assets/`)).toBe(true);
  return path.join(root, "assets", url.slice(`${DEV}assets/`.length));
}

describe("manifest.xml: the task-pane app", () => {
  test("is a TaskPaneApp in schema 1.1", () => {
    expect(app.name).toBe("OfficeApp");
    expect(app.attrs.xmlns).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
    expect(app.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(app.attrs["xmlns:bt"]).toBe("http://schemas.microsoft.com/office/officeappbasictypes/1.0");
  });

  test("has the required elements, in the schema's order", () => {
    const order = ["Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions", "AllowSnapshot", "VersionOverrides"];
    const names = app.children.map((c) => c.name);
    for (const required of ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "Hosts", "Requirements", "DefaultSettings", "Permissions", "VersionOverrides"]) {
      expect(names).toContain(required);
    }
    expect(names.every((n) => order.includes(n))).toBe(true);
    expect(names.map((n) => order.indexOf(n))).toEqual([...names.map((n) => order.indexOf(n))].sort((a, b) => a - b));
    expect(new Set(names).size).toBe(names.length);
  });

  test("identity and description", () => {
    expect(child(app, "Id").text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
    expect(child(app, "Version").text).toMatch(/^\d{1,5}(\.\d{1,5}){3}$/);
    expect(child(app, "ProviderName").text).toBe("Workplan Check");
    expect(child(app, "DefaultLocale").text).toBe("en-US");
    const name = value(child(app, "DisplayName"));
    expect(name).toBe("Workplan Check");
    const description = value(child(app, "Description"));
    expect(description.length).toBeGreaterThan(0);
    expect(description.length).toBeLessThanOrEqual(250);
  });

  test("runs in Excel workbooks with ExcelApi 1.9, reads and writes the document, opens the task pane page", () => {
    expect(kids(child(app, "Hosts"), "Host").map((h) => h.attrs.Name)).toEqual(["Workbook"]);
    const sets = kids(child(app, "Requirements", "Sets"), "Set");
    expect(sets.map((s) => [s.attrs.Name, s.attrs.MinVersion])).toEqual([["ExcelApi", "1.9"]]);
    expect(value(child(app, "DefaultSettings", "SourceLocation"))).toBe(`${DEV}taskpane.html`);
    expect(child(app, "Permissions").text).toBe("ReadWriteDocument");
  });
});

describe("manifest.xml: the ribbon button", () => {
  const overrides = child(app, "VersionOverrides");
  const resources = child(overrides, "Resources");
  const kinds: Record<string, XmlElement[]> = {
    image: kids(child(resources, "bt:Images"), "bt:Image"),
    url: kids(child(resources, "bt:Urls"), "bt:Url"),
    short: kids(child(resources, "bt:ShortStrings"), "bt:String"),
    long: kids(child(resources, "bt:LongStrings"), "bt:String"),
  };
  const resource = (kind: string, id: string) => kinds[kind].find((r) => r.attrs.id === id);
  const host = child(overrides, "Hosts", "Host");
  const desktop = child(host, "DesktopFormFactor");

  test("VersionOverrides 1.0 for Workbook", () => {
    expect(overrides.attrs.xmlns).toBe("http://schemas.microsoft.com/office/taskpaneappversionoverrides");
    expect(overrides.attrs["xsi:type"]).toBe("VersionOverridesV1_0");
    expect(host.attrs["xsi:type"]).toBe("Workbook");
  });

  test("a Home-tab group with a 'Workplan Check' button that shows the task pane", () => {
    const tab = child(desktop, "ExtensionPoint", "OfficeTab");
    expect(child(desktop, "ExtensionPoint").attrs["xsi:type"]).toBe("PrimaryCommandSurface");
    expect(tab.attrs.id).toBe("TabHome");
    const control = child(tab, "Group", "Control");
    expect(control.attrs["xsi:type"]).toBe("Button");
    expect(value(resource("short", child(control, "Label").attrs.resid)!)).toBe("Workplan Check");
    const action = child(control, "Action");
    expect(action.attrs["xsi:type"]).toBe("ShowTaskpane");
    expect(value(resource("url", child(action, "SourceLocation").attrs.resid)!)).toBe(`${DEV}taskpane.html`);
    // Shared runtime: the function file is the task pane's page.
    expect(value(resource("url", child(desktop, "FunctionFile").attrs.resid)!)).toBe(`${DEV}taskpane.html`);
  });

  test("custom functions WORKPLAN.* in a shared runtime with the task pane (SharedRuntime 1.1)", () => {
    const sets = kids(child(overrides, "Requirements", "bt:Sets"), "bt:Set");
    expect(sets.map((s) => [s.attrs.Name, s.attrs.MinVersion])).toEqual([["SharedRuntime", "1.1"]]);
    const runtime = child(host, "Runtimes", "Runtime");
    expect(runtime.attrs.lifetime).toBe("long");
    expect(value(resource("url", runtime.attrs.resid)!)).toBe(`${DEV}taskpane.html`);
    const point = child(host, "AllFormFactors", "ExtensionPoint");
    expect(point.attrs["xsi:type"]).toBe("CustomFunctions");
    expect(child(point, "Page", "SourceLocation").attrs.resid).toBe(runtime.attrs.resid);
    expect(value(resource("url", child(point, "Metadata", "SourceLocation").attrs.resid)!)).toBe(`${DEV}functions.json`);
    expect(value(resource("url", child(point, "Script", "SourceLocation").attrs.resid)!)).toBe(`${DEV}loader.js`);
    expect(value(resource("short", child(point, "Namespace").attrs.resid)!)).toBe("WORKPLAN");
  });

  test("every resid resolves to a resource of the right kind, and every resource is used", () => {
    const expectedKind = (el: XmlElement, parent: XmlElement): string => {
      if (el.name === "bt:Image") return "image";
      if (["SourceLocation", "FunctionFile", "LearnMoreUrl", "Runtime"].includes(el.name)) return "url";
      if (el.name === "Description" && (parent.name === "Supertip" || parent.name === "GetStarted")) return "long";
      return "short"; // Label, Title
    };
    const used = new Set<string>();
    const visit = (el: XmlElement, parent: XmlElement) => {
      const id = el.attrs.resid;
      if (id !== undefined) {
        expect(id.length).toBeLessThanOrEqual(32);
        const kind = expectedKind(el, parent);
        expect({ resid: id, resolves: resource(kind, id) !== undefined }).toEqual({ resid: id, resolves: true });
        used.add(`${kind}:${id}`);
      }
      for (const c of el.children) visit(c, el);
    };
    visit(host, overrides);
    for (const [kind, list] of Object.entries(kinds)) {
      const ids = list.map((r) => r.attrs.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(used.has(`${kind}:${id}`) ? id : `${id} unused`).toBe(id);
    }
    for (const s of [...kinds.short]) expect(value(s).length).toBeLessThanOrEqual(125);
    for (const s of [...kinds.long]) expect(value(s).length).toBeLessThanOrEqual(250);
  });
});

describe("manifest.xml: URLs and icons", () => {
  test("every URL is HTTPS", () => {
    const urls = [...walk(app)].flatMap((el) => Object.values(el.attrs).concat(el.children.length === 0 ? [el.text.trim()] : []))
      .filter((v) => /^[a-z]+:\/\//i.test(v) && !v.startsWith("http://schemas.microsoft.com/") && v !== "http://www.w3.org/2001/XMLSchema-instance");
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u).toMatch(/^https:\/\//);
  });

  test("every icon exists under assets/ as a PNG of its declared size", () => {
    expect(pngSize(assetFile(value(child(app, "IconUrl"))))).toEqual({ width: 32, height: 32 });
    expect(pngSize(assetFile(value(child(app, "HighResolutionIconUrl"))))).toEqual({ width: 64, height: 64 });
    const images = kids(child(app, "VersionOverrides", "Resources", "bt:Images"), "bt:Image");
    const sizes = new Map<string, number>();
    for (const ref of [...walk(app)].filter((el) => el.name === "bt:Image" && el.attrs.resid)) sizes.set(ref.attrs.resid, Number(ref.attrs.size));
    expect(images.length).toBe(3);
    for (const img of images) {
      const size = sizes.get(img.attrs.id)!;
      expect([16, 32, 80]).toContain(size);
      expect(pngSize(assetFile(value(img)))).toEqual({ width: size, height: size });
    }
  });

  test("every page the manifest names has its template", () => {
    const pages = new Set([...walk(app)].map(value).filter((v) => v.startsWith(DEV) && v.endsWith(".html")).map((v) => v.slice(DEV.length)));
    expect([...pages].sort()).toEqual(["taskpane.html"]);
    for (const p of pages) expect(fs.existsSync(path.join(root, "src/hosts/excel", p))).toBe(true);
  });
});
