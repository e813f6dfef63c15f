// Inputs for one case-fact question of the conversation script.
export { FactQuestion } from './FactQuestion';
export type { FactQuestionProps } from './FactQuestion';
export { factFieldSchema } from './factFieldSchema';
export { countries, countryCodes } from './regions';
export type { Country } from './regions';
export { formatDateText, parseDateText } from './inputText';
