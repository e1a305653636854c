/**
 * Interview notes written as questions and answers mark each line: "Q:" / "A:", "P:" / "R:"
 * (pergunta / resposta, pregunta / respuesta), "Вопрос:" / "Ответ:", "问：" / "答：". A
 * reviewer reads the question as the heading of what follows and the answer as its text:
 * the marker names neither. Marks are a convention of the page, like bullets, in every
 * language the reading knows.
 */
const QUESTION = /^(?:q|p|question|pregunta|pergunta|frage|вопрос|问|問|質問|질문)\s*\d*$/iu;
const ANSWER = /^(?:a|r|answer|respuesta|resposta|réponse|antwort|ответ|答|回答|답변|답)\s*\d*$/iu;
const QUESTION_LEAD = /^(?:q|p|question|pregunta|pergunta|frage|вопрос|问|問|質問|질문)\s*\d*\s*[:：.]\s*/iu;

export type Marker = 'question' | 'answer';

/** Whether a label is only a question or answer mark. */
export function markerOf(label: string): Marker | undefined {
  const text = label.trim();
  return QUESTION.test(text) ? 'question' : ANSWER.test(text) ? 'answer' : undefined;
}

/** A bold question without its mark: "P: O que você quer saber?" is "O que você quer saber?". */
export function withoutQuestionMark(text: string): string {
  return text.replace(QUESTION_LEAD, '');
}
