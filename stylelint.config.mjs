/**
 * Stylelint over every stylesheet and every <style> block in .astro files. The standard config,
 * tuned only where this site's conventions differ (see the comments).
 */
export default {
  extends: ['stylelint-config-standard'],
  overrides: [{ files: ['**/*.astro'], customSyntax: 'postcss-html' }],
  rules: {
    // Short rule sets are written on one line, so several declarations share it.
    'declaration-block-single-line-max-declarations': null,
    // Class names follow the markup (BEM-free kebab-case is the norm, but Pagefind's own classes are not ours).
    'selector-class-pattern': null,
    // Rules are grouped by component, not sorted by specificity; the browser tests check the result.
    'no-descending-specificity': null,
    // Where rules break lines is Prettier's call (it formats every stylesheet and <style> block).
    'rule-empty-line-before': null,
    'custom-property-empty-line-before': null,
    'declaration-empty-line-before': null,
    'comment-empty-line-before': null,
    'at-rule-empty-line-before': null,
    // min-width/max-width media queries, which every browser the site supports reads.
    'media-feature-range-notation': 'prefix',
  },
};
