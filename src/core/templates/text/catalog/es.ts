import type { CatalogText } from "./en";

export const es: CatalogText = {
  kinds: {
    activities: { title: "Actividades", description: "Plan de trabajo: actividad, responsable, calendario, fechas de inicio y fin, estado, y un diagrama de Gantt mes a mes." },
    budget: { title: "Presupuesto", description: "Partidas de costo en CHF, un Total que las suma, cargas sociales calculadas a partir de una celda de tasa." },
    staffing: { title: "Personal", description: "Los puestos con su parte de una jornada completa (EJC) y un total." },
    outreach: { title: "Seguimiento de contactos", description: "Los Estados contactados, cuándo, y la etapa de seguimiento alcanzada." },
    contributions: { title: "Contribuciones", description: "Contribuciones prometidas y pagos por contribuyente, con la moneda, la fecha de recepción y el saldo pendiente." },
    expenditure: { title: "Registro de gastos", description: "Los pagos por fecha, imputados a una partida presupuestaria (lista de las partidas del presupuesto), en cualquier moneda." },
    rates: { title: "Tipos de cambio", description: "El valor de una unidad de cada moneda en CHF, para convertir contribuciones y pagos." },
  },
  prefills: {
    "isu-budget-2026": "Presupuesto 2026 de la ISU (CHF 514'753)",
    "isu-staffing-2026": "Estructura de personal de la ISU 2026 (2,5 EJC)",
    "art6-2025-2026": "Plan de trabajo de cooperación y asistencia (artículo 6) 2025-2026",
    "sdr-2025-2026": "Plan de trabajo de destrucción y retención de existencias 2025-2026",
    "univ-2024-2025": "Plan de trabajo de universalización 2024-2025",
    "univ-2025-2026": "Plan de trabajo de universalización 2025-2026",
    "outreach-illustrative": "Seguimiento de contactos (ilustrativo, datos ficticios)",
    "contributions-illustrative": "Contribuciones al presupuesto 2026 (ilustrativo, datos ficticios)",
    "expenditure-illustrative": "Registro de gastos 2026 (ilustrativo, datos ficticios)",
    "rates-illustrative": "Tipos de cambio a CHF (ilustrativo, datos ficticios)",
  },
};
