import { marksOf } from "../i18n/number-style";
import type { Format } from "../i18n/format";
import type { Params } from "../issues";
import type { ImportCatalog, MessageCatalog } from "./catalog";
import { count, date, money, moneyAbs, month, num as n, share, str as s } from "./params";
import { reasonsEs } from "./reasons-es";
import { es as outreachText } from "../templates/text/outreach/es";
import { issueName } from "./issue-names";
import { translateReason } from "./reasons";

/**
 * Los mensajes en español, uno por código, escritos como los escribe un responsable de finanzas o un
 * coordinador (trato de usted). El texto de las celdas va entre comillas angulares «», los importes,
 * porcentajes y recuentos siguen el formato del lector, las fechas se escriben «31 de marzo de 2026».
 */
/** Cell text, quoted: «Salarios». */
const q = (text: string) => `«${text}»`;
const qp = (p: Params, k: string) => q(s(p, k));
const labelOr = (p: Params, k: string, fallback: string) => (s(p, k) ? qp(p, k) : fallback);
const reason = (p: Params) => translateReason(s(p, "reason"), reasonsEs);
/** "En la columna «Budget 2025»: el total…" when a budget has several amount columns (the param is blank otherwise). */
const inColumn = (p: Params, sentence: string) => (s(p, "column") ? `En la columna ${qp(p, "column")}: ${lowerFirst(sentence)}` : sentence);
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const plural = (k: number, one: string, many: string) => (k === 1 ? one : many);
const decimal = (f: Format, whole: string, frac: string) => `${whole}${marksOf(f.grouping).decimal}${frac}`;

/** The kinds of amount columns (budget structure roles), as a Spanish budget heads them. */
const ROLE: Readonly<Record<string, string>> = { budget: "presupuesto", actuals: "gastos reales", difference: "diferencia", percentage: "porcentaje" };
const columnsWithRoles = (text: string) =>
  text.replace(/([^,]+?) \((budget|actuals|difference|percentage)\)(?=, |$)/g, (_, header: string, role: string) => `${header.match(/^\s*/)![0]}${q(header.trim())} (${ROLE[role]})`);

/** The follow-up stages in the outreach template's words (which the reader accepts: tests/core/messages/examples-parse.test.ts). */
const STAGE: Readonly<Record<string, string>> = outreachText.stages;
const stages = (text: string) => text.split(", ").map((x) => STAGE[x] ?? x).join(", ");

function source(text: string): string {
  if (text === "settings") return "la configuración";
  const m = /^(title|sheet name|file name) '(.*?)'?(…?)$/s.exec(text);
  if (!m) return q(text);
  const what = m[1] === "title" ? "el título" : m[1] === "sheet name" ? "el nombre de la hoja" : "el nombre del archivo";
  return `${what} ${q(m[2] + m[3])}`;
}

/** A suggested total formula as Spanish Excel writes it: =SUMA(B2:B6), arguments separated by ";". */
const sumFormula = (text: string) => text.replace(/^=SUM\((.*)\)$/s, (_, args: string) => `=SUMA(${args.replace(/,/g, ";")})`);

function notRead(p: Params, f: Format): string {
  const limit = s(p, "limit"), max = count(f, p, "max");
  if (limit === "rows") return `Las filas a partir de aquí no se leyeron: de una hoja se leen como máximo ${max} filas`;
  if (limit === "cells") return `Las filas a partir de aquí no se leyeron: de un libro se leen como máximo ${max} celdas`;
  if (limit === "text") return `Las filas a partir de aquí no se leyeron: de un libro se leen como máximo ${max} caracteres de texto`;
  if (limit === "columns")
    return `${p.count !== undefined ? `${count(f, p, "count")} celdas` : "Las celdas"} a partir de esta columna no se leyeron: de una hoja se leen como máximo ${max} columnas${n(p, "others") ? ` (${plural(n(p, "others"), "otra fila es igual de ancha", `otras ${count(f, p, "others")} filas son igual de anchas`)})` : ""}`;
  return `La hoja no se leyó a partir de aquí: supera el límite ${limit}${max ? ` de ${max}` : ""}`;
}

/** "superior en CHF 1'000" / "inferior en CHF 1'000". */
const offBy = (f: Format, p: Params) => `${n(p, "difference") > 0 ? "superior" : "inferior"} en ${moneyAbs(f, p, "difference")}`;

export const es: MessageCatalog = {
  "cell.error-value": (p) => `La celda muestra el error ${s(p, "value")}; corrija la fórmula o la referencia a la que apunta.`,
  "cell.formula-not-calculated": (p) =>
    `La fórmula ${s(p, "formula")} no tiene valor calculado (el archivo se guardó con un programa que no calcula), así que esta celda no se puede revisar ni sumar; abra el archivo en Excel o LibreOffice, guárdelo y vuelva a revisarlo.`,
  "cell.required-blank": (p) => `La columna ${qp(p, "field")} está vacía en esta fila.`,
  "cell.not-a-number": (p, f) =>
    `${qp(p, "field")}: ${qp(p, "text")} no se puede leer como importe (${reason(p)}); escriba un número, por ejemplo ${f.money(1_250_000)}.`,
  "cell.number-as-text": (p, f) =>
    `El importe ${qp(p, "text")} está guardado como texto (se lee como ${money(f, p, "minor")}); las fórmulas SUMA omiten el texto, así que escríbalo como número.`,
  "cell.merged": (p) => `Las celdas ${s(p, "range")} están combinadas dentro de la tabla y solo la primera conserva su valor. Separe las celdas y rellene cada fila.`,
  "table.blank-row": () => "Fila vacía dentro de la tabla; elimínela o rellénela.",
  "table.duplicate-row": (p) => `Esta fila repite exactamente la fila ${s(p, "firstRow")}.`,
  "table.extra-cells": (p) =>
    `El valor ${qp(p, "text")} está en una columna sin encabezado, así que no se revisa; ponga un encabezado a la columna o mueva el valor.`,
  "budget.total-mismatch": (p, f) => {
    const subs = n(p, "subtotals") || 0, all = n(p, "lines"), lines = all - subs;
    const what = subs > 0
      ? `${plural(subs, "el subtotal", `los ${subs} subtotales`)} y ${plural(lines, "la partida", `las ${lines} partidas`)} que debería sumar (${s(p, "rows")}) suman`
      : plural(all, "la partida de arriba suma", `las ${all} partidas de arriba suman`);
    return inColumn(p, `El total indicado es de ${money(f, p, "stated")}, pero ${what} ${money(f, p, "sum")} (el total es ${offBy(f, p)}).`);
  },
  "budget.total-double-counted": (p, f) =>
    inColumn(p, `El total general de ${money(f, p, "stated")} cuenta los subtotales (${qp(p, "subtotals")}) y las partidas que agrupan, es decir, cada partida dos veces; sume solo los subtotales (${money(f, p, "sum")}) o solo las partidas.`),
  "budget.subtotal-mismatch": (p, f) => {
    const d = n(p, "difference");
    return inColumn(p, `${qp(p, "label")} es de ${money(f, p, "stated")}, pero la suma de ${s(p, "rows")} (${qp(p, "section")}) es de ${money(f, p, "sum")} (el subtotal es ${d > 0 ? "superior" : "inferior"} en ${moneyAbs(f, p, "difference")}).`);
  },
  "budget.total-typed": (p) => `El total está escrito como número; escriba en su lugar ${sumFormula(s(p, "sum"))} para que siga a las partidas cuando una cambie.`,
  "budget.sum-circular": (p) =>
    `La fórmula ${s(p, "formula")} de ${labelOr(p, "label", "esta celda")} incluye su propia celda ${s(p, "cell")}: es una referencia circular y su valor no es fiable; sume solo las filas de arriba.`,
  "budget.sum-other-sheet": (p) =>
    `La fórmula ${s(p, "formula")} de ${labelOr(p, "label", "esta celda")} suma celdas de la hoja ${qp(p, "sheet")}, así que no se puede comparar con las partidas de esta tabla; sume las filas de esta tabla o traiga las partidas a esta hoja.`,
  "budget.variance-mismatch": (p, f) =>
    `${labelOr(p, "label", "Esta fila")}: ${qp(p, "column")} indica ${money(f, p, "stated")}, pero ${qp(p, "minuend")} menos ${qp(p, "subtrahend")} da ${money(f, p, "expected")}.`,
  "budget.percentage-column-mismatch": (p, f) =>
    `${labelOr(p, "label", "Esta fila")}: ${qp(p, "column")} indica ${share(f, p, "stated")}, pero ${qp(p, "numerator")} dividido entre ${qp(p, "denominator")} da ${share(f, p, "expected")}.`,
  "budget.column-no-neighbours": (p) =>
    `La columna de ${s(p, "role") === "variance" ? "diferencia" : "porcentaje"} ${qp(p, "column")} no tiene a su izquierda dos columnas de presupuesto o de gastos reales que comparar, así que no se puede revisar; colóquela después de las columnas que compara o escríbala como fórmula (=C5-B5).`,
  "budget.duplicate-column": (p) =>
    `Dos columnas de importes tienen el encabezado ${qp(p, "column")} (también ${qp(p, "first")} en ${s(p, "firstCell")}); nombre cada una según lo que contiene (Presupuesto aprobado 2026, Presupuesto revisado 2026).`,
  "budget.merged-header-mixed": (p) =>
    `El encabezado combinado ${s(p, "range")} abarca columnas de distinto tipo (${columnsWithRoles(s(p, "columns"))}); sepárelo para que el encabezado de cada columna diga lo que contiene.`,
  "budget.subtotal-empty": (p) => `${qp(p, "label")} es un subtotal sin partidas de costo encima que sumar; colóquelo debajo de sus partidas o elimínelo.`,
  "budget.percentage-mismatch": (p, f) =>
    inColumn(p, `${qp(p, "label")} es de ${money(f, p, "stated")}, pero el ${share(f, p, "rate")} de ${qp(p, "base")} (${money(f, p, "baseAmount")}) es ${money(f, p, "expected")} (diferencia de ${money(f, p, "difference")}).`),
  "budget.negative-amount": (p, f) => inColumn(p, `${qp(p, "label")} es negativo (${money(f, p, "amount")}).`),
  "budget.amount-not-numeric": (p) =>
    inColumn(p, `El importe de ${labelOr(p, "label", "esta partida")} no se puede leer como número (${qp(p, "text")}: ${reason(p)}). Solo las contribuciones en especie pueden no tener importe.`),
  "budget.duplicate-label": (p) => `${qp(p, "label")} figura dos veces (también en la fila ${s(p, "firstRow")}).`,
  "budget.no-total": () => "Este presupuesto no tiene fila de Total; el total calculado figura en los resúmenes.",
  "budget.line-after-total": (p, f) => `${qp(p, "label")} (${money(f, p, "amount")}) está debajo de la fila Total, así que no se incluye en el total.`,
  "period.unreadable": (p) =>
    `El calendario ${qp(p, "text")} no se puede leer (${reason(p)}). Escríbalo, por ejemplo, ${q("mayo – junio de 2026")}, ${q("T1 2026")} o ${q("En curso")}.`,
  "period.unscheduled": (p) => `La actividad ${qp(p, "activity")} aún no tiene calendario; se cuenta como no programada.`,
  "period.end-before-start": (p, f) =>
    `El calendario ${qp(p, "text")} termina (${month(f, p, "end")}) antes de empezar (${month(f, p, "start")}); revise los meses o añada el año.`,
  "period.dates-disagree": (p, f) =>
    `El calendario ${qp(p, "text")} va de ${month(f, p, "expectedStart")} a ${month(f, p, "expectedEnd")}, pero las fechas de inicio y fin dicen de ${month(f, p, "start") || "?"} a ${month(f, p, "end") || "?"}.`,
  "period.outside-window": (p, f) =>
    `El calendario ${qp(p, "text")} queda fuera del periodo del plan, de ${month(f, p, "windowStart")} a ${month(f, p, "windowEnd")} (según ${source(s(p, "source"))}).`,
  "reference.out-of-range": (p) =>
    s(p, "reversed")
      ? `La referencia ${qp(p, "text")} va al revés (${s(p, "reversed").replace(" to ", " a ")}).`
      : `La referencia ${qp(p, "text")} apunta fuera de las acciones ${s(p, "from")} a ${s(p, "to")} del plan de acción (${s(p, "numbers")}).`,
  "reference.unreadable": (p) => `La referencia al plan de acción ${qp(p, "text")} no se puede leer (${reason(p)}); escríbala, por ejemplo, ${q("Acciones 38 a 42")}.`,
  "activities.overdue": (p, f) =>
    `La actividad ${qp(p, "activity")} terminó el ${date(f, p, "end")}, pero su estado ${s(p, "status") ? `es ${qp(p, "status")}` : "está vacío"} (a fecha de ${date(f, p, "asOf")}).`,
  "outreach.unknown-stage": (p) => `${qp(p, "text")} no es una etapa del seguimiento; use una de estas: ${stages(s(p, "stages"))}.`,
  "sheet.too-large": (p, f) =>
    `La hoja ${qp(p, "sheet")} no se revisó: tiene ${count(f, p, "cells")} celdas, más de las ${count(f, p, "limit")} ${s(p, "scope") === "workbook" ? "que quedan del límite de todo el libro" : "que admite una hoja"}. Elimine las filas y columnas sin usar o divida la hoja.`,
  "outreach.future-date": (p, f) => `El contacto tiene fecha del ${date(f, p, "date")}, posterior a hoy (${date(f, p, "asOf")}).`,
  "date.unreadable": (p) => `La fecha ${qp(p, "text")} no se puede leer (${reason(p)}).`,
  "staffing.fte-invalid": (p) => `La dedicación (ETC) ${qp(p, "text")} no es válida (${reason(p)}); escríbala, por ejemplo, 100\u00a0% o 50\u00a0%.`,
  "rate.invalid": (p, f) =>
    `El tipo de cambio ${s(p, "currency") ? `de la moneda ${s(p, "currency")}` : "de esta moneda"} ${s(p, "text") ? `${qp(p, "text")} ` : ""}no se puede usar (${reason(p)}); escriba un número positivo, por ejemplo ${decimal(f, "0", "9412")} (el valor de una unidad en la moneda del presupuesto).`,
  "currency.no-rate": (p, f) =>
    `${qp(p, "field")}: ${money(f, p, "amount")} está en ${s(p, "currency")}, moneda sin tipo de cambio a ${s(p, "base")}, así que queda fuera de los totales. Añada ${s(p, "currency")} a una tabla de tipos de cambio o indique --rate ${s(p, "currency")}=…`,
  "amount.negative-not-refund": (p, f) =>
    `${qp(p, "field")}: el importe es negativo (${money(f, p, "amount")}), pero la fila no indica que se trate de un reembolso o de una anulación.`,
  "contribution.received-over-pledged": (p, f) => `${qp(p, "contributor")} ha pagado ${money(f, p, "received")}, más de los ${money(f, p, "pledged")} prometidos.`,
  "contribution.future-date": (p, f) =>
    `La contribución de ${labelOr(p, "contributor", "esta fila")} tiene fecha del ${date(f, p, "date")}, posterior a hoy (${date(f, p, "asOf")}).`,
  "contribution.duplicate-contributor": (p) =>
    `${qp(p, "contributor")} figura de nuevo${s(p, "year") ? ` para ${s(p, "year")}` : ""} (la primera vez en la fila ${s(p, "firstRow")}); ${
      s(p, "reading") === "instalments"
        ? "las notas sugieren dos pagos de una misma contribución prometida: compruebe que no se cuentan dos veces."
        : "nada en las notas habla de pagos parciales: parece un duplicado que cuenta la contribución dos veces."
    }`,
  "expenditure.unknown-line": (p) =>
    `${qp(p, "line")} no es una partida del presupuesto (${qp(p, "budget")})${s(p, "nearest") ? `; la más parecida es ${qp(p, "nearest")}` : ""}. El gasto se cuenta en el total gastado, pero sin partida.`,
  "expenditure.line-overspent": (p, f) =>
    `La partida ${qp(p, "line")} ha superado su presupuesto: ${money(f, p, "spent")} gastados de un presupuesto de ${money(f, p, "budget")} (${share(f, p, "share")}); este pago la llevó por encima del ${f.share(1)}.`,
  "expenditure.line-near-budget": (p, f) =>
    `La partida ${qp(p, "line")} lleva ejecutado el ${share(f, p, "share")} (${money(f, p, "spent")} de ${money(f, p, "budget")}); este pago la llevó por encima del ${f.share(0.9)}.`,
  "expenditure.outside-year": (p, f) =>
    `Este pago tiene fecha del ${date(f, p, "date")}, fuera del ejercicio presupuestario ${s(p, "year")}; aun así se imputa a este presupuesto.`,
  "table.unrecognised": (p) =>
    `No se reconoció ninguna tabla de actividades, presupuesto, personal o seguimiento de contactos ${s(p, "table") ? `en la tabla ${qp(p, "table")}` : "en esta hoja"}. Una tabla necesita una fila de encabezados como Actividad | Responsable | Calendario o Costo | Importe en CHF.`,
  "sheet.empty": () => "La hoja está vacía.",
  "sheet.not-read": (p, f) => `${notRead(p, f)}; las comprobaciones, los totales y los recuentos no tienen en cuenta esa parte.`,
  "cell.text-cut": (p, f) =>
    `El texto de esta celda tiene ${count(f, p, "count")} caracteres; solo se leen los ${count(f, p, "max")} primeros${n(p, "others") ? ` (${plural(n(p, "others"), "y otra celda de esta hoja se corta", `y otras ${count(f, p, "others")} celdas de esta hoja se cortan`)} igual)` : ""}.`,
  "table.more-issues": (p, f) => {
    const more = plural(n(p, "more"), "Otra celda de esta tabla tiene", `Otras ${count(f, p, "more")} celdas de esta tabla tienen`);
    const listed = plural(n(p, "listed"), "se muestra la primera", `se muestran las ${count(f, p, "listed")} primeras`);
    return `${more} el problema ${q(issueName(s(p, "code"), "es"))} (${s(p, "code")}, ${count(f, p, "total")} en total; ${listed}).`;
  },
};

/** Los mensajes de la importación de un plan de trabajo (src/core/import). */
export const importEs: ImportCatalog = {
  "import.empty": () => "El documento está vacío: no hay texto que importar.",
  "import.table-only": (p) =>
    `El documento solo contiene ${n(p, "tables") === 1 ? "una tabla" : `${s(p, "tables")} tablas`} y ningún texto; importe el propio documento del plan de trabajo o revise una hoja de cálculo con ${q("workplan-check ARCHIVO")}.`,
  "import.no-timeline": () =>
    `No se encontró ninguna sección de calendario: el documento necesita una sección ${q("Calendario")} o periodos como ${q("febrero de 2026")} con las actividades debajo.`,
  "import.empty-period": (p) => `El periodo ${qp(p, "period")} no tiene ninguna actividad debajo; se omitió.`,
  "import.no-period": (p) => `${qp(p, "text")} aparece antes de cualquier periodo del calendario; la actividad se importó con el calendario vacío.`,
  "import.deliverable-unattached": (p) => `El entregable ${qp(p, "text")} no sigue a ninguna actividad; figura solo en la lista de entregables.`,
  "import.table-skipped": (p, f) => `Una tabla (${plural(n(p, "rows"), "1 fila", `${count(f, p, "rows")} filas`)}) dentro de la sección del calendario no se importó como actividades.`,
  "import.no-lead": () => `Ninguna sección ${q("Ejecutores")} nombra a un responsable; la columna Responsable queda vacía.`,
  "import.amount-unreadable": (p) =>
    `El importe de ${qp(p, "label")} (${qp(p, "text")}) no se puede leer (${reason(p)}); la partida se importó sin importe.`,
  "import.total-differs": (p, f) => `El total del documento (${f.units(n(p, "stated"))}) no es la suma de sus partidas (${f.units(n(p, "sum"))}).`,
  "import.docx-unreadable": (p) => `${qp(p, "file")} no se puede leer como documento de Word (${reason(p)}).`,
  "import.paste-too-long": (p, f) =>
    `El texto pegado tiene ${count(f, p, "length")} caracteres; pegue solo la sección del calendario (como máximo ${count(f, p, "max")} caracteres).`,
  "import.docx-protected": (p) =>
    `${qp(p, "file")} está protegido con contraseña o cifrado: ábralo en Word, quite la contraseña (Archivo > Información > Proteger documento), guárdelo e impórtelo de nuevo.`,
};
