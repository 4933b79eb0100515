import type { LedgersText } from "./en";

export const es: LedgersText = {
  contributions: {
    sheetName: "Contribuciones",
    title: "Contribuciones",
    headers: {
      contributor: "Contribuyente", pledged: "Prometido", received: "Recibido", outstanding: "Saldo pendiente", date: "Fecha de recepción",
      currency: "Moneda", earmarked: "Asignado a", year: "Año", notes: "Notas",
    },
    pledgedPrompt: "El importe prometido, en la moneda de la fila.",
    receivedPrompt: "El importe recibido hasta la fecha, en la moneda de la fila.",
    datePrompt: "Cuándo llegó el pago (no en el futuro).",
    currencyOf: "de la promesa y del pago",
  },
  expenditure: {
    sheetName: "Gastos",
    title: "Registro de gastos",
    headers: { date: "Fecha", line: "Partida presupuestaria", amount: "Importe", currency: "Moneda", description: "Descripción", reference: "Referencia" },
    datePrompt: "La fecha del pago, en el año presupuestario.",
    linePrompt: "La partida presupuestaria a la que se imputa este pago.",
    amountPrompt: "El importe pagado, en la moneda de la fila; un reembolso es negativo y la descripción lo indica.",
    currencyOf: "del pago",
  },
  rates: {
    sheetName: "Tipos de cambio",
    title: "Tipos de cambio (valor de una unidad en CHF)",
    headers: { currency: "Moneda", rate: "Tipo de cambio a CHF", source: "Fecha o fuente" },
    currencyPrompt: "La moneda que este tipo convierte a CHF.",
    ratePrompt: "El valor de una unidad en CHF, p. ej. 0.9412 para el EUR.",
    rateError: "Introduzca un tipo positivo, p. ej. 0.9412.",
  },
  currencyTitle: "Moneda",
  currencyPrompt: (of) => `La moneda ${of}; en blanco significa CHF. Puede escribirse otro código: dele un tipo en una tabla de tipos.`,
  dateError: "Introduzca una fecha, p. ej. 16 feb. 2026.",
  amountError: "Introduzca el importe en cifras, p. ej. 50000 (no un texto como «EUR 50'000»).",
};
