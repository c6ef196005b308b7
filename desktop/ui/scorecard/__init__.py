"""The self-assessment and 360 forms: start, take, result, hand-over, quick entry, history, class view, report."""
