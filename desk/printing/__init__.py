"""Printed documents of Desk: frozen snapshots in, PDF bytes out.

Everything here is plain reportlab: no Qt, no database session. A document is rendered from a
snapshot that :mod:`desk.services.snapshots` took when the document was first printed, so a
reprint shows exactly what the customer signed.

- :mod:`desk.printing.fonts` finds and registers an embeddable TrueType CJK font and refuses to
  draw text the font has no glyphs for (a PDF whose Chinese only shows on a machine that happens
  to have the right font is a defect).
- :mod:`desk.printing.base` is the shared page machinery (shop header, document title and number,
  copy label, "第 x 页 / 共 y 页" footer, styles, info grids and line tables) as a renderer class
  with hook methods.
- :mod:`desk.printing.repair_order` renders the repair order (任务委托书): the customer copy
  (客户联) and the workshop copy (车间联 · 派工单).
"""
