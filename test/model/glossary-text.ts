/**
 * What a glossary text must be in every language (the model's Italian, the locale modules' others):
 * one or two sentences, no advice, no diagnosis.
 */
export function plainGlossaryText(text: string): boolean {
  const t = text.trim();
  const sentences = t.split(/[.!?](\s|$)/).filter((s) => s.trim().length > 1);
  return t !== '' && sentences.length <= 2 && !/\b(dovresti|devi|should|must|sollten|müssen|hai (una|il|la)|you have an?)\b/i.test(t);
}
