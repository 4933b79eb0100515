import type { OutreachText } from "./en";

export const es: OutreachText = {
  sheetName: "Seguimiento de contactos",
  title: "Registro de seguimiento de contactos",
  headers: { state: "Estado", date: "Fecha", stage: "Etapa", lead: "Responsable", notes: "Notas" },
  stages: { Contacted: "Contactado", "Meeting held": "Reunión celebrada", "Next step agreed": "Próximo paso acordado" },
  dateTitle: "Fecha",
  datePrompt: "Fecha del contacto o de la reunión, p. ej. 20 ene. 2026 (no en el futuro).",
  dateError: "Introduzca una fecha, p. ej. 20 ene. 2026.",
  stageTitle: "Etapa",
  stagePrompt: "Contactado, luego Reunión celebrada, luego Próximo paso acordado.",
  stageError: (choices) => `Elija uno de: ${choices}.`,
};
