/**
 * A tool further down a reading page (a guide's checklist) is server-rendered and works without
 * JavaScript. Its code loads only as it nears the viewport: the script named by the template
 * beside it, imported by URL so that nothing of it is bundled into the page's first response.
 */
export function loadToolsWhenNear(doc: Document): void {
  const tools = [...doc.querySelectorAll<HTMLElement>('[data-lazy-tool]')];
  const src = doc
    .querySelector<HTMLTemplateElement>('template[data-lazy-tool-script]')
    ?.content.querySelector('script[src]')
    ?.getAttribute('src');
  if (tools.length === 0 || !src) return;
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      for (const tool of tools) tool.dataset.lazyTool = 'loading';
      void import(/* @vite-ignore */ src);
    },
    { rootMargin: '400px' },
  );
  for (const tool of tools) observer.observe(tool);
}
