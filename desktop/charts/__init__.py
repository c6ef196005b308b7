"""matplotlib figures (trend, radar). Importable without Qt; imported only when a chart is needed."""
