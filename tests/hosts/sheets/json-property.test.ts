import { deleteJsonProperty, PropertyTooLargeError, readJsonProperty, writeJsonProperty } from "../../../src/hosts/sheets/json-property";
import { FakeAppsScript, PROPERTY_TOTAL_LIMIT, PROPERTY_VALUE_LIMIT } from "./fake-apps-script";

const setup = () => {
  const fake = new FakeAppsScript({ name: "x", timeZone: "UTC", sheets: [] });
  return { fake, props: fake.documentProperties() };
};

describe("the fake's property store is as strict as the real one", () => {
  test("a value over 9 KB and a store over 500 KB in all are refused", () => {
    const { fake, props } = setup();
    expect(() => props.setProperties({ big: "x".repeat(PROPERTY_VALUE_LIMIT + 1) })).toThrow(/Argument too large/);
    const chunk = "y".repeat(PROPERTY_VALUE_LIMIT - 10);
    for (let i = 0; i < 50; i++) props.setProperties({ [`k${i}`]: chunk }); // about 460 KB
    const more = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`more${i}`, chunk]));
    expect(() => props.setProperties(more)).toThrow(/exceeded the property storage quota/);
    expect(fake.properties.has("more0")).toBe(false); // nothing of a refused call is kept
    expect(fake.propertyBytes()).toBeLessThanOrEqual(PROPERTY_TOTAL_LIMIT);
  });
});

describe("JSON in chunked document properties", () => {
  test("a small value is one chunk; reading gives it back", () => {
    const { fake, props } = setup();
    writeJsonProperty(props, "k", { a: [1, 2], b: "x" });
    expect([...fake.properties.keys()].sort()).toEqual(["k", "k.0"]);
    expect(readJsonProperty(props, "k")).toEqual({ a: [1, 2], b: "x" });
  });

  test("a long non-ASCII value is split into chunks each under the 9 KB limit, in one write", () => {
    const { fake, props } = setup();
    const value = { cells: Array.from({ length: 4000 }, (_, i) => `Übersicht – ${i}`) };
    writeJsonProperty(props, "k", value);
    const chunks = [...fake.properties.keys()].filter((k) => k.startsWith("k."));
    expect(chunks.length).toBeGreaterThan(5);
    for (const k of chunks) expect(Buffer.byteLength(fake.properties.get(k)!, "utf8")).toBeLessThanOrEqual(PROPERTY_VALUE_LIMIT);
    expect(fake.count("Properties.setProperties")).toBe(1);
    expect(readJsonProperty(props, "k")).toEqual(value);
  });

  test("a shorter rewrite drops the chunks left over; delete removes all", () => {
    const { fake, props } = setup();
    writeJsonProperty(props, "k", "x".repeat(30000));
    writeJsonProperty(props, "k", "short");
    expect([...fake.properties.keys()].sort()).toEqual(["k", "k.0"]);
    expect(readJsonProperty(props, "k")).toBe("short");
    deleteJsonProperty(props, "k");
    expect([...fake.properties.keys()]).toEqual([]);
    expect(readJsonProperty(props, "k")).toBeUndefined();
  });

  test("a missing chunk or damaged JSON reads as absent", () => {
    const { fake, props } = setup();
    writeJsonProperty(props, "k", "y".repeat(20000));
    fake.properties.delete("k.1");
    expect(readJsonProperty(props, "k")).toBeUndefined();
    fake.properties.set("k", "1");
    fake.properties.set("k.0", "{not json");
    expect(readJsonProperty(props, "k")).toBeUndefined();
  });

  test("a value too large for the store is refused before anything is written", () => {
    const { fake, props } = setup();
    expect(() => writeJsonProperty(props, "k", "z".repeat(500_000))).toThrow(PropertyTooLargeError);
    expect(fake.properties.size).toBe(0);
  });
});
