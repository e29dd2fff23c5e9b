import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { boundarySchema, stageSchema } from './schemas/lifecycle';
import { pageSchema } from './schemas/page';
import { checklistSchema } from './tools/checklist/schema';
import { worksheetSchema } from './tools/worksheet/schema';
import { diagnosticSchema } from './tools/diagnostic/schema';
import { quizSchema } from './tools/quiz/schema';
import { recordFormSchema } from './tools/record/schema';
import { sectionSchema } from './schemas/section';
import { messageSchema } from './schemas/message';
import { stageAndBoundaryIds } from './lib/lifecycle-ids';

/** Page ids are the path under content/pages without the extension, so an id is its URL. */
const pathId = ({ entry }: { entry: string }) => entry.replace(/\.(mdx|json)$/, '');

/** A folder of JSON files, one entry each, named by file. */
const jsonFolder = (folder: string) => glob({ pattern: '*.json', base: `./content/${folder}`, generateId: pathId });

export const collections = {
  /** Every readable page: one MDX file each, typed by its `role`. */
  pages: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: './content/pages', generateId: pathId }),
    schema: pageSchema(stageAndBoundaryIds),
  }),
  /** The six lifecycle stages, in order. */
  stages: defineCollection({ loader: file('./content/lifecycle/stages.json'), schema: stageSchema }),
  /** The boundaries between stages and what must cross each. */
  boundaries: defineCollection({ loader: file('./content/lifecycle/boundaries.json'), schema: boundarySchema }),
  /** The top-level sections: primary navigation and hub pages. */
  sections: defineCollection({ loader: file('./content/sections.json'), schema: sectionSchema }),
  /** Checklists run by asset pages and handoff guides. */
  checklists: defineCollection({ loader: jsonFolder('checklists'), schema: checklistSchema }),
  /** Worksheets run by asset pages. */
  worksheets: defineCollection({ loader: jsonFolder('worksheets'), schema: worksheetSchema }),
  /** Diagnostic data: signal categories and their scoring rules. */
  diagnostics: defineCollection({ loader: jsonFolder('diagnostics'), schema: diagnosticSchema }),
  /** Quizzes: questions, answers and the scoring table of each quiz tool. */
  quizzes: defineCollection({ loader: jsonFolder('quizzes'), schema: quizSchema }),
  /** Record forms: the fields of the handoff record tool and the transfers they carry. */
  recordForms: defineCollection({ loader: jsonFolder('records'), schema: recordFormSchema }),
  /** Messages a reader can copy and send, each tied to a stage or boundary. */
  messages: defineCollection({ loader: jsonFolder('messages'), schema: messageSchema(stageAndBoundaryIds) }),
};
