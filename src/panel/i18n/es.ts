/**
 * The panel's words in Spanish. Typed with PanelText: a key missing here does not compile.
 * Spanish plural: only 1 takes the singular ("0 errores", "1 error", "2 errores").
 */
import type { PanelText } from "./en";

const n = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;
const SEVERITY_COUNT = { error: ["error", "errores"], warning: ["advertencia", "advertencias"], info: ["info", "info"] } as const;

function protectedNote(sheets: readonly string[]): string {
  if (sheets.length === 0) return "";
  const names = sheets.map((s) => `«${s}»`).join(", ");
  const which = sheets.length === 1 ? `La hoja ${names} está protegida` : `Las hojas ${names} están protegidas`;
  return ` ${which} contra el formato de celdas: se ${sheets.length === 1 ? "dejó" : "dejaron"} como ${sheets.length === 1 ? "estaba" : "estaban"}. Desproteja la hoja (Revisar › Desproteger hoja) o permita «Formato de celdas» y vuelva a intentarlo.`;
}

export const es: PanelText = {
  severityCount: (count, severity) => (severity === "info" ? `${count} info` : n(count, SEVERITY_COUNT[severity][0], SEVERITY_COUNT[severity][1])),
  listJoin: ", ",

  header: { sheetActions: "Acciones en las hojas" },
  actions: { validate: "Validar", highlight: "Resaltar problemas", clear: "Quitar resaltado", rollups: "Escribir resúmenes" },
  sections: { issues: "Problemas", timeline: "Calendario y entregables", funding: "Financiación y ejecución", allPlans: "Todos los planes", coverage: "Cobertura de los planes de acción", compare: "Comparar dos hojas", share: "Informe para compartir" },

  busy: { validate: "Validando…", highlight: "Resaltando problemas…", clear: "Quitando el resaltado…", rollups: "Escribiendo resúmenes…", save: "Guardando la configuración…", insert: "Insertando la plantilla…" },
  steps: { readWorkbook: "Leyendo el libro", readSpreadsheet: "Leyendo la hoja de cálculo…", readSheet: (sheet) => `Leyendo «${sheet}»`, check: "Comprobando las tablas", done: "Listo" },
  progressOf: (label, done, total) => `${label} (${done} de ${total})`,
  dismissError: "Cerrar el mensaje de error",

  operation: { validate: "La validación", highlight: "El resaltado de problemas", clear: "La eliminación del resaltado", rollups: "La escritura de resúmenes", save: "El guardado de la configuración", insert: "La inserción de la plantilla", load: "La carga de la configuración", select: "La selección de la celda", language: "El guardado del idioma" },
  failed: (operation, detail) => `${operation} falló: ${detail}`,
  notStarted: (operation) => `${operation} no se inició: corrija primero la configuración.`,
  unreadableReport: (path) => `la aplicación anfitriona devolvió un informe que el panel no puede leer (${path}).`,
  noDetails: "Algo salió mal (sin más detalles).",

  status: {
    validated: (tables, counts) => `${n(tables, "tabla comprobada", "tablas comprobadas")}: ${counts}.`,
    highlighted: (cells, protectedSheets) => `${n(cells, "celda resaltada", "celdas resaltadas")}.${protectedNote(protectedSheets)}`,
    cleared: (cells, protectedSheets) =>
      (cells === 0 ? "No hay resaltado que quitar." : `Resaltado quitado de ${n(cells, "celda", "celdas")}.`) + protectedNote(protectedSheets),
    rollups: (sheet) => `Resúmenes escritos en la hoja «${sheet}».`,
    saved: "Configuración guardada.",
    inserted: (sheet) => `Plantilla insertada en la nueva hoja «${sheet}». Rellénela y luego pulse Validar.`,
    imported: (sheet, rows) => `${n(rows, "actividad importada", "actividades importadas")} en la nueva hoja «${sheet}». Pulse Validar para comprobarlas.`,
    language: (name) => `Idioma del panel: ${name}.`,
  },

  summary: {
    chips: "Mostrar problemas por gravedad",
    notChecked: "Aún sin comprobar",
    pressValidate: "Pulse Validar para comprobar las tablas de plan de trabajo y de presupuesto de este libro.",
    noIssues: "No se encontraron problemas",
    checked: (tables, asOf, unlisted) =>
      `${n(tables, "tabla comprobada", "tablas comprobadas")} a fecha de ${asOf}${unlisted > 0 ? `. ${unlisted} más sin listar` : ""}`,
  },

  issues: {
    inCell: (severity) => `${severity} en `,
    goTo: (where) => `Ir a ${where}`,
    showMore: (count) => `Mostrar ${count} más`,
    outsideTable: "fuera de toda tabla",
    sectionTitle: (title, count) => `${title} (${count})`,
    noTables: "No se reconoció ninguna tabla de plan de trabajo, presupuesto, personal o seguimiento de contactos.",
    allPassed: "Todas las tablas superaron las comprobaciones.",
    allFiltered: "Todas las gravedades están ocultas. Use los filtros de arriba para mostrarlas.",
  },

  budget: {
    spokenTitle: "Presupuesto: ",
    noTotalRow: "No hay fila Total con la que comparar.",
    matches: (total) => `Coincide con el total indicado de ${total}`,
    differs: (stated, diff, more) => `El total indicado de ${stated} difiere en ${diff} (la suma de las líneas es ${more ? "mayor" : "menor"})`,
    staffTag: "personal",
    staff: "Gastos de personal",
    other: "Otros",
    staffing: "Dotación",
    fte: (fte) => `${fte} ETC`,
    inKind: "Contribuciones en especie (fuera del total)",
    role: { budget: "presupuesto", actuals: "ejecutado", difference: "diferencia", percentage: "porcentaje" },
    figuresFrom: "Importes de la columna ",
    sections: "Secciones",
    sectionsList: "Secciones del presupuesto",
    lines: "Líneas",
    linesList: "Líneas del presupuesto",
    otherColumns: "Otras columnas",
    otherColumnsList: "Otras columnas de importes",
  },

  funding: {
    spokenTitle: "Financiación: ",
    received: (amount) => `Recibido ${amount}`,
    outstanding: (amount) => `Prometido, no recibido ${amount}`,
    unpledged: (amount) => `Sin promesa ${amount}`,
    noBudget: "No hay tabla de presupuesto en este libro: las contribuciones prometidas y recibidas se muestran sin déficit.",
    receivedOf: (budget, share) => ` recibidos de ${budget} (${share})`,
    gap: (gap) => `Déficit de financiación ${gap}: presupuesto aún no recibido`,
    fullyReceived: "Presupuesto recibido en su totalidad",
    pledgedFact: "Prometido",
    receivedFact: "Recibido",
    contributors: "Contribuyentes",
    contributorLine: (pledged) => `recibidos de ${pledged} prometidos`,
  },

  execution: {
    spokenTitle: "Libro de gastos: ",
    overspent: "sobregasto",
    near: "90\u00a0%+",
    over: (budget, over) => `de un presupuesto de ${budget} · ${over} de sobregasto`,
    left: (budget, left) => `de un presupuesto de ${budget} · quedan ${left}`,
    remaining: "Saldo",
    perMonth: "Gasto mensual",
    projected: (year) => `Proyección al 31 dic.${year ? " " + year : ""}`,
    monthsOfCash: "Meses de tesorería",
    sub: (range, asOf) => `· ${range} · a ${asOf}`,
    spentOf: (budget, share) => ` gastados de ${budget}${share !== null ? ` (${share})` : ""}`,
    noBudget: "No hay tabla de presupuesto en este libro: los gastos no se comparan con un presupuesto.",
    byLine: "Gastos por línea presupuestaria",
    unmatched: (list) => `Fuera de las líneas presupuestarias: ${list}`,
  },

  unconverted: (list) => `Excluido, sin tipo de cambio: ${list}`,

  timeline: {
    spokenTitle: "Calendario: ",
    title: "Calendario",
    activities: (count) => (count === 1 ? "actividad" : "actividades"),
    ongoing: "en curso",
    unscheduled: "sin programar",
    perQuarter: "Actividades por trimestre",
    quarter: (year, q) => `T${q} ${year}`,
    corner: "Actividad",
    milestone: (names) => `hito ${names}`,
    noActivityText: "(actividad sin texto)",
    milestones: "Hitos",
    milestoneActivities: (count) => ` · citado por ${n(count, "actividad", "actividades")}`,
    deliverables: "Entregables: meta y logrado",
    fromOutreachLog: "Contado a partir del seguimiento de contactos",
    moreDeliverables: (count) => `Y ${n(count, "entregable más", "entregables más")}: Escribir resúmenes los lista todos.`,
    noDates: "ninguna actividad con fecha",
    nothingToChart: "Ninguna actividad tiene un período legible que representar.",
    caption: (sheet, span) => `Actividades de ${sheet} por mes, ${span}`,
    scrolls: (sheet) => `Diagrama de Gantt de ${sheet}, desplazamiento horizontal`,
    notSent: (count) => `Y ${n(count, "actividad más no enviada", "actividades más no enviadas")} al panel: Escribir resúmenes las representa todas.`,
    showRows: (count, all) => (all ? `Mostrar las ${count} filas` : `Mostrar ${count} filas`),
    firstRows: (shown, total) => `Primeras ${shown} de ${total} actividades. `,
    initials: "EFMAMJJASOND",
    ongoingSince: (month) => `en curso desde ${month}`,
    upTo: (max) => `hasta ${max}`,
    notTracked: (target) => `Meta ${target} (sin seguimiento)`,
  },

  allPlans: {
    none: "No hay tabla de actividades que poner en un calendario.",
    gantt: "Diagrama de Gantt de todos los planes",
    perMonth: "Actividades por mes en todos los planes",
    byLeadChart: "Actividades por responsable",
    calendar: (from, to) => `Calendario ${from} – ${to}`,
    calendarEmpty: "Calendario",
    sub: (plans, activities, ongoing, unscheduled) =>
      `${n(plans, "plan", "planes")} · ${n(activities, "actividad", "actividades")} · ${ongoing} en curso · ${unscheduled} sin programar`,
    busiest: (list) => `Meses con más actividad: ${list}`,
    perMonthScroll: "Actividades por mes, desplazamiento horizontal",
    plans: "Planes",
    ganttScroll: "Diagrama de Gantt de todos los planes, desplazamiento horizontal",
    firstRows: (shown, total, unsent) =>
      `Primeras ${shown} de ${total} actividades; ${unsent ? "la hoja de resúmenes las contiene" : "la hoja de resúmenes y el informe exportado las contienen"} todas.`,
    byLead: "Por responsable",
    noLead: "(sin responsable)",
  },

  coverage: {
    chart: (plan) => `Cobertura del ${plan}`,
    action: (action) => `Acción ${action}`,
    cited: (count, sheets) => `${n(count, "actividad", "actividades")} · ${sheets}`,
    sub: (cited, total, notCited) => `${cited} de ${total} acciones citadas · ${notCited} sin citar`,
    notCited: (list) => `Sin citar: ${list}`,
    allCited: "Todas las acciones están citadas.",
    perAction: "Actividades por acción",
    lausanne: "Plan de Acción de Lausana",
  },

  compare: {
    change: { added: "Añadido", removed: "Eliminado", changed: "Modificado" },
    field: { period: "calendario", lead: "responsable", status: "estado", activity: "actividad" },
    total: (old, now, diff) => `Total: ${old} → ${now} (${diff})`,
    blank: "(vacío)",
    noActivityText: "(actividad sin texto)",
    none: "No hay diferencias en las líneas presupuestarias ni en las actividades.",
    earlierSheet: "Hoja anterior",
    revisedSheet: "Hoja revisada",
    compare: "Comparar",
    pickTwo: "Elija dos hojas distintas.",
    intro: "Líneas presupuestarias y actividades emparejadas por su texto, no por su fila.",
    earlier: "Anterior",
    revised: "Revisada",
    needsTwo: "Se necesitan dos hojas con un presupuesto o una tabla de actividades.",
  },

  share: {
    download: "Exportar el informe",
    window: "Abrir en una ventana nueva",
    intro: "Una página HTML para difundir o imprimir en PDF: resumen, problemas, presupuesto, calendarios, todos los planes y cobertura.",
    reportTitle: (file) => `Informe de Workplan Check${file ? ` — ${file}` : ""}`,
    generator: (host) => `Workplan Check para ${host}`,
    fileName: (asOf) => `Informe de Workplan Check ${asOf}.html`,
  },

  insert: {
    summary: "Insertar plantilla…",
    table: "Tabla",
    fillWith: "Rellenar con",
    none: "Nada (tabla vacía)",
    newSheetOnly: "Se añade en una hoja nueva; no se modifica ninguna hoja existente.",
    insert: "Insertar",
  },

  importText: {
    summary: "Importar desde un texto…",
    hint: "Períodos en su propia línea («febrero de 2026», «primer trimestre de 2026») con las actividades debajo, o líneas que empiezan por un período.",
    label: "Calendario de un plan de trabajo",
    preview: "Vista previa",
    insert: "Insertar en una hoja nueva",
    columns: { timeline: "Calendario", activity: "Actividad", lead: "Responsable" },
    moreRows: (count) => `… y ${n(count, "fila más", "filas más")}.`,
    toInsert: (count) => `${n(count, "fila que insertar", "filas que insertar")} en una hoja nueva de actividades:`,
    changed: "El texto cambió: vuelva a ver la vista previa.",
    note: "Se añade en una hoja nueva; no se modifica ninguna hoja existente. Los períodos que las comprobaciones no pueden leer se conservan tal como están escritos y se señalan.",
  },

  settings: {
    summary: "Configuración",
    language: "Idioma",
    automatic: (name) => `Automático (${name})`,
    languageHint: "Solo para usted: cada usuario del libro elige el suyo. Los mensajes lo siguen desde la próxima validación.",
    grouping: "Separador de miles",
    groupingHint: "Cómo se escriben los importes en el panel, los mensajes y los resúmenes de este libro.",
    asOf: "Fecha de referencia",
    asOfHint: "«Hoy» para los plazos vencidos y las fechas futuras. Vacío: hoy.",
    datePlaceholder: "AAAA-MM-DD",
    monthPlaceholder: "AAAA-MM",
    window: "Período del plan",
    start: "Inicio",
    end: "Fin",
    windowHint: "Vacío: se lee del título de la tabla o del nombre de la hoja («2025-2026»).",
    actions: "Referencias al plan de acción",
    fromAction: "Desde la acción",
    toAction: "Hasta la acción",
    milestones: "Hitos",
    milestonesPlaceholder: "NOMBRE=AAAA-MM",
    milestonesHint: (builtIn) => `Uno por línea, NOMBRE=AAAA-MM. Predefinidos: ${builtIn}.`,
    plans: "Otros planes de acción (cobertura)",
    plansPlaceholder: "Plan de Acción de Vientián (PAV)=1-40",
    plansHint: "Uno por línea, NOMBRE (ABREVIATURA)=DESDE-HASTA. El Plan de Acción de Lausana (LAP, 1–50) se muestra siempre; las referencias que nombran otro plan cuentan para él.",
    rates: "Tipos de cambio",
    ratesHint: "Uno por línea, CÓDIGO=TIPO: el valor de una unidad en la moneda del presupuesto (EUR=0.9412). Prevalece sobre una tabla de tipos.",
    save: "Guardar la configuración",
  },

  form: {
    asOf: (text) => `La fecha de referencia «${text}» no es una fecha (AAAA-MM-DD).`,
    windowBoth: "El período del plan necesita un mes de inicio y uno de fin (o ninguno).",
    windowFormat: "Los meses del período del plan se escriben AAAA-MM.",
    windowOrder: (start, end) => `El período del plan empieza (${start}) después de terminar (${end}).`,
    rangeBoth: "Las referencias necesitan un primer y un último número de acción (o ninguno).",
    rangeWhole: "Los números de acción deben ser enteros.",
    rangeOrder: (from, to) => `Las referencias empiezan (${from}) después de terminar (${to}).`,
    milestone: (name, reason) => `Hito ${name}: ${reason}.`,
    milestoneLine: (line, text, reason) => `Hito, línea ${line} «${text}»: ${reason}.`,
    milestoneTwice: (name) => `El hito ${name} figura dos veces.`,
    lineNumber: (line) => `línea ${line}`,
    plan: (line, text, reason) => `Plan de acción, línea ${line} «${text}»: ${reason}.`,
    rateLine: (line, text) => `Tipo de cambio, línea ${line} «${text}»: escriba CÓDIGO=TIPO, por ejemplo EUR=0.9412.`,
    rateValue: (code, text) => `Tipo ${code}: «${text}» no es un número decimal positivo (por ejemplo 0.9412).`,
    rateTwice: (code) => `El tipo ${code} figura dos veces.`,
  },

  host: {
    what: { read: "leer el libro", highlight: "colorear las celdas con problemas", clear: "restaurar el relleno de las celdas", rollups: "escribir la hoja de resúmenes", template: "añadir la hoja de la plantilla", select: "seleccionar la celda" },
    cellEdit: (what) => `Excel espera a que termine de editar una celda, así que Workplan Check no pudo ${what}. Pulse Entrar (o Esc) para salir de la celda y vuelva a intentarlo.`,
    structureProtected: (what) => `Excel se negó a ${what}: la estructura del libro está protegida (Revisar › Proteger libro) o el libro es de solo lectura. Desprotéjalo o guarde una copia editable y vuelva a intentarlo.`,
    sheetProtected: (what) => `Excel se negó a ${what}: una hoja está protegida (Revisar › Desproteger hoja) o el libro es de solo lectura.`,
    tooLarge: (what) => `Excel rechazó una solicitud de más de 5 MB mientras Workplan Check intentaba ${what}. Notifique este problema indicando el tamaño del libro (hojas, filas, columnas).`,
    notExcel: "Workplan Check funciona en Excel. Abra este complemento desde la pestaña Inicio de Excel.",
    missingFunction: (name) => `El proyecto de Apps Script no tiene la función ${name}; publique la última versión (npm run push).`,
    settingsRefused: (detail) => `Configuración no guardada: ${detail}`,
    rollupSheetTaken: (sheet) => `Ya existe una hoja llamada «${sheet}» que no creó Workplan Check. Cámbiele el nombre y vuelva a escribir los resúmenes.`,
    rollupSheetTakenCase: (existing, sheet) =>
      `Ya existe una hoja llamada «${existing}» que no escribió Workplan Check (Excel no distingue mayúsculas en los nombres de hoja, así que ocupa el lugar de «${sheet}»). Cámbiele el nombre o elimínela y vuelva a escribir los resúmenes.`,
  },

  sheetsMenu: {
    open: "Abrir el panel",
    insertTemplate: "Insertar plantilla…",
    counts: (counts, tables) => `${counts} en ${n(tables, "tabla", "tablas")}.`,
    budget: (sheet, total) => ` Presupuesto ${sheet}: ${total}.`,
    highlighted: (cells) => `${n(cells, "celda resaltada", "celdas resaltadas")}.`,
    restored: (cells) => `Relleno restaurado en ${n(cells, "celda", "celdas")}.`,
    rollups: (sheet) => `Resúmenes escritos en «${sheet}».`,
  },
};
