import type { Emitter } from '../emitter.js';
import { docsFacts } from './docs-facts.js';
import { indexPageView } from './index-page-view.js';
import { DOCS_DIR, modulePage } from './docs-paths.js';
import { modulePageView } from './module-page-view.js';

/**
 * `docs/schema/`: an index of the modules and a page per module with its ER diagram and
 * tables. Docs describe the whole plan, so they are built from the full model whatever phase
 * is being built: `gen build` and `gen build --phase y2` write the same pages.
 */
export const docsEmitter: Emitter = {
  name: 'docs',
  owns: [DOCS_DIR],
  *emit(_phased, ctx) {
    const facts = docsFacts(ctx.fullModel);
    yield [`${DOCS_DIR}/README.md`, ctx.templates.render('docs/index.md', indexPageView(facts))];
    for (const module of ctx.fullModel.modules) {
      yield [`${DOCS_DIR}/${modulePage(module.key)}`, ctx.templates.render('docs/module.md', modulePageView(facts, module))];
    }
  },
};
