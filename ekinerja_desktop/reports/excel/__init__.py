"""Excel reports (openpyxl): rows under declared columns, written as real spreadsheets."""
