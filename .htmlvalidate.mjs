// html-validate over every built page (npm run validate:html). Two changes to the recommended rules, each for
// markup the project does not write itself:
export default {
  extends: ['html-validate:recommended'],
  elements: [
    'html5',
    {
      // Astro places <style>astro-island,astro-slot{display:contents}</style> just before a page's first island,
      // which may sit inside <article> or <aside>; browsers apply it as usual. Allow <style> there, nothing else.
      style: { flow: true },
    },
  ],
  rules: {
    // Preact's server renderer writes void elements as <input/>; the HTML standard allows both forms.
    'void-style': 'off',
  },
};
