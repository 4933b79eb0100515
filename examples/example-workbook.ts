/** The example workbook's data lives with the sources (src/seeds/) so the add-ins can prefill templates from it. */
export * from "../src/seeds/example-workbook";
