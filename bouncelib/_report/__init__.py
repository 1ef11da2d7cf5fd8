"""The HTML report and the small HTML/colour helpers every view of bouncelib shares.

Modules: `build` (inputs to a page: ``bouncelib report`` and `bouncelib.report_html`),
`page` (the page from a `bouncelib.trends.Summary`), `svg` (inline charts), `html`
(the one table renderer, also behind the Jupyter displays of `bouncelib.trends`) and
`palette` (the colour-blind-safe colours, also used by `bouncelib.plot`).  This
package's ``__init__`` imports nothing, so the counting modules can use the leaf
helpers without depending on the page.
"""
