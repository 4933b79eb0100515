import type { BudgetText } from "./en";

export const es: BudgetText = {
  sheetName: "Presupuesto",
  title: "Presupuesto (CHF)",
  headers: { cost: "COSTO", amount: "Importe en CHF", notes: "NOTAS" },
  rateLabel: "Tasa de cargas sociales",
  rateHelp: "Las cargas sociales son esta parte de los sueldos: cambie la tasa aquí, no el importe.",
  total: "Total",
  lines: { salaries: "Sueldos", socialCharges: "Cargas sociales", communication: "Comunicación", travel: "Viajes", other: "Otros gastos de apoyo a la aplicación" },
  staffCosts: "Gastos de personal",
  operationalCosts: "Gastos de funcionamiento",
  socialChargesNote: "Estimadas en un 20 % de los sueldos",
  inKind: "Contribución en especie",
  inKindNote: "Lo que un socio aporta sin importe (oficinas, informática): no se suma al Total.",
  rateTitle: "Tasa de cargas sociales",
  ratePrompt: "Una parte de los sueldos, p. ej. 20 %.",
  rateError: "Introduzca una tasa del 0 % al 100 %.",
  amountTitle: "Importe en CHF",
  amountPrompt: "Un número: 20000 se muestra como CHF 20'000. El Total suma las partidas.",
  amountError: "Introduzca el importe en francos, en cifras, p. ej. 20000 (no un texto como «CHF 20'000»).",
};
