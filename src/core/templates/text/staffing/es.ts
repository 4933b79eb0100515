import type { StaffingText } from "./en";

export const es: StaffingText = {
  sheetName: "Personal",
  title: "Estructura de personal",
  headers: { position: "Puesto", fte: "Dedicación (EJC)", cost: "Costo anual (CHF)", notes: "Notas" },
  total: "Total",
  fteUnit: "EJC",
  fteTitle: "Dedicación (EJC)",
  ftePrompt: "Parte de una jornada completa: 100 % (o 1) jornada completa, 50 % (o 0,5) media jornada.",
  fteError: "Introduzca una parte del 0 % al 100 %, p. ej. 50 %.",
  costTitle: "Costo anual",
  costPrompt: "Un número en CHF, p. ej. 150000.",
  costError: "Introduzca el costo anual en francos, en cifras, p. ej. 150000.",
};
