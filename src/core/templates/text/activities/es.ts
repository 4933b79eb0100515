import type { ActivitiesText } from "./en";

export const es: ActivitiesText = {
  sheetName: "Actividades",
  title: (years) => `Plan de trabajo ${years}`,
  headers: {
    activity: "Actividad", lead: "Responsable", partners: "Socios", reference: "Referencia del plan de acción", timeline: "Calendario", start: "Inicio", end: "Fin",
    deliverable: "Entregable", target: "Meta", achieved: "Logrado", status: "Estado",
  },
  statuses: { planned: "No iniciado", inProgress: "En curso", done: "Completado", postponed: "Aplazado", cancelled: "Cancelado" },
  referenceTitle: "Referencia del plan de acción",
  referencePrompt: "Elija una acción (1–50) o escriba varias: «Acciones 38 a 42».",
  startTitle: "Fecha de inicio",
  startPrompt: "Primer día, p. ej. 1 mar. 2026. Su mes debe coincidir con el calendario.",
  endTitle: "Fecha de fin",
  endPrompt: "Último día, p. ej. 30 jun. 2026. Su mes debe coincidir con el calendario.",
  dateError: "Introduzca una fecha, p. ej. 1 mar. 2026.",
  statusTitle: "Estado",
  statusPrompt: "Las actividades completadas o canceladas nunca se señalan como atrasadas.",
  statusError: (choices) => `Elija uno de: ${choices}.`,
};
