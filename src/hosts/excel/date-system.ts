/**
 * Excel workbooks count dates from 1900 (the default) or from 1904 (workbooks made on old Macs, or with "Use 1904
 * date system" ticked): the same date is 1,462 lower in a 1904 workbook. Office.js has no property for it, but
 * the worksheet function DATE answers in the workbook's own system (workbook.functions, ExcelApi 1.2):
 * DATE(1904,1,1) is 0 in a 1904 workbook and 1462 in a 1900 one. The core speaks 1900 serials only.
 */
export const DAYS_1900_TO_1904 = 1462;

/** Queues the probe; read `is1904` from its result after the next context.sync(). */
export function queueDateSystem(context: Excel.RequestContext): Excel.FunctionResult<number> {
  const probe = context.workbook.functions.date(1904, 1, 1);
  probe.load("value");
  return probe;
}

export const is1904 = (probe: Excel.FunctionResult<number>): boolean => probe.value === 0;

/** A serial of the workbook's system as the core's 1900 serial. */
export const to1900 = (serial: number, date1904: boolean): number => (date1904 ? serial + DAYS_1900_TO_1904 : serial);

/** A 1900 serial (from the core) in the workbook's system. */
export const from1900 = (serial: number, date1904: boolean): number => (date1904 ? serial - DAYS_1900_TO_1904 : serial);
