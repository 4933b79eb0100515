import type { CatalogText } from "./en";

export const fr: CatalogText = {
  kinds: {
    activities: { title: "Activités", description: "Plan de travail : activité, responsable, calendrier, dates de début et de fin, statut, et un diagramme de Gantt mois par mois." },
    budget: { title: "Budget", description: "Lignes de coût en CHF, un Total qui les additionne, des charges sociales calculées à partir d'une cellule de taux." },
    staffing: { title: "Personnel", description: "Les postes avec leur part d'un temps plein (ETP) et un total." },
    outreach: { title: "Suivi des contacts", description: "Les États contactés, quand, et l'étape de suivi atteinte." },
    contributions: { title: "Contributions", description: "Contributions annoncées et versements par contributeur, avec la devise, la date de réception et le solde à recevoir." },
    expenditure: { title: "Registre des dépenses", description: "Les paiements par date, imputés à une ligne budgétaire (liste des lignes du budget), dans toute devise." },
    rates: { title: "Taux de change", description: "La valeur d'une unité de chaque devise en CHF, pour convertir contributions et paiements." },
  },
  prefills: {
    "isu-budget-2026": "Budget 2026 de l'ISU (CHF 514'753)",
    "isu-staffing-2026": "Structure du personnel de l'ISU 2026 (2,5 ETP)",
    "art6-2025-2026": "Plan de travail coopération et assistance (article 6) 2025-2026",
    "sdr-2025-2026": "Plan de travail destruction et conservation des stocks 2025-2026",
    "univ-2024-2025": "Plan de travail universalisation 2024-2025",
    "univ-2025-2026": "Plan de travail universalisation 2025-2026",
    "outreach-illustrative": "Suivi des contacts (illustratif, données fictives)",
    "contributions-illustrative": "Contributions au budget 2026 (illustratif, données fictives)",
    "expenditure-illustrative": "Registre des dépenses 2026 (illustratif, données fictives)",
    "rates-illustrative": "Taux de change en CHF (illustratif, données fictives)",
  },
};
