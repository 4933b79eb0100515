export * from "./lang";
export * from "./number-style";
export * from "./months";
export * from "./format";
export * from "./terms";
