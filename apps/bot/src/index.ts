export { createConsultationBot } from './create-bot';
export { deliverAnswer } from './deliver-answer';
export type { ChatState, ConsultationDesk, Delivery, MyData, Suggestion } from './desk';
export { botCatalogues } from './i18n';
export { publishCommands, runConsultationBot } from './run-bot';
