"""Opens a workbook with openpyxl and saves it, as a Python script (or pandas) would, optionally adding
what analysts add to an input sheet.

Usage: /usr/bin/python3 openpyxl_edit.py IN OUT [ACTION ...]
Actions: extras (on the Data sheet: a bar chart, a PNG image, a comment, data validation, conditional
formatting, and a workbook defined name); formula (a sheet Mine whose A1 is =Profile!E2).
"""
import io
import sys

import openpyxl
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import PatternFill
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation


def png():
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), (200, 30, 30)).save(buffer, format="PNG")
    buffer.seek(0)
    return buffer


def main():
    source, target = sys.argv[1:3]
    actions = sys.argv[3:]
    wb = openpyxl.load_workbook(source)
    if "extras" in actions:
        data = wb["Data"]
        chart = BarChart()
        chart.title = "Burglary"
        chart.add_data(Reference(data, min_col=4, min_row=1, max_row=6), titles_from_data=True)
        data.add_chart(chart, "H2")
        from openpyxl.drawing.image import Image as XlImage

        data.add_image(XlImage(png()), "H20")
        data["D2"].comment = Comment("Checked against the Home Office table", "Analyst")
        validation = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0")
        data.add_data_validation(validation)
        validation.add("D2:D1000")
        data.conditional_formatting.add("D2:D1000", CellIsRule(operator="greaterThan", formula=["100000"], fill=PatternFill("solid", start_color="FFC7CE", end_color="FFC7CE")))
        wb.defined_names.append(DefinedName("BurglaryCounts", attr_text="Data!$D$2:$D$50"))
    if "formula" in actions:
        mine = wb.create_sheet("Mine")
        mine["A1"] = "=Profile!E2"
    wb.save(target)


main()
