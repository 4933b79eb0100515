import type { BudgetText } from "./en";

export const fr: BudgetText = {
  sheetName: "Budget",
  title: "Budget (CHF)",
  headers: { cost: "COÛT", amount: "Montant en CHF", notes: "NOTES" },
  rateLabel: "Taux des charges sociales",
  rateHelp: "Les charges sociales sont cette part des salaires : modifiez le taux ici, pas le montant.",
  total: "Total",
  lines: { salaries: "Salaires", socialCharges: "Charges sociales", communication: "Communication", travel: "Voyages", other: "Autres frais d'appui à la mise en œuvre" },
  staffCosts: "Frais de personnel",
  operationalCosts: "Frais de fonctionnement",
  socialChargesNote: "Estimées à 20 % des salaires",
  inKind: "Contribution en nature",
  inKindNote: "Ce qu'un partenaire fournit sans montant (bureaux, informatique) : non compté dans le Total.",
  rateTitle: "Taux des charges sociales",
  ratePrompt: "Une part des salaires, p. ex. 20 %.",
  rateError: "Saisissez un taux de 0 % à 100 %.",
  amountTitle: "Montant en CHF",
  amountPrompt: "Un nombre : 20000 s'affiche CHF 20'000. Le Total additionne les lignes.",
  amountError: "Saisissez le montant en francs, en chiffres, p. ex. 20000 (pas un texte comme « CHF 20'000 »).",
};
