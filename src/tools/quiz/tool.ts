import type { ToolDefinition } from '../definition';
import { quizKind } from './kind';

/** The quiz that finds the weak handoff: answers, then a verdict per boundary kept per engagement. */
export const quizTool: ToolDefinition = {
  id: 'quiz',
  kind: quizKind,
  island: 'QuizIsland',
  runs: (page) => (page.role === 'tool' && page.tool?.endsWith('quiz') ? page.tool : undefined),
};
