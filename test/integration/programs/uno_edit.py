"""Edits a workbook in LibreOffice Calc through UNO, as a person would, and saves it as .xlsx.

Usage: /usr/bin/python3 uno_edit.py SOFFICE IN OUT PROFILE_DIR [ACTION ...]
Actions: chart (a bar chart on the Data sheet), pivot (a pivot table of Data on a new sheet Pivot),
formula (a sheet Mine whose A1 is =Profile!E2 and B1 is =Profile!A2).
"""
import os
import subprocess
import sys
import time

import uno
from com.sun.star.awt import Rectangle
from com.sun.star.beans import PropertyValue
from com.sun.star.table import CellAddress, CellRangeAddress


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(240):
        try:
            return resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
        except Exception:
            time.sleep(0.25)
    raise SystemExit("could not connect to LibreOffice")


def sheet_index(doc, name):
    return list(doc.Sheets.ElementNames).index(name)


def data_range(doc, rows):
    addr = CellRangeAddress()
    addr.Sheet = sheet_index(doc, "Data")
    addr.StartColumn, addr.StartRow, addr.EndColumn, addr.EndRow = 0, 0, 4, rows
    return addr


def main():
    soffice, source, target, profile = sys.argv[1:5]
    actions = sys.argv[5:]
    pipe = "ra%d" % os.getpid()
    proc = subprocess.Popen([soffice, "-env:UserInstallation=file://" + os.path.abspath(profile), "--headless", "--invisible", "--norestore", "--accept=pipe,name=%s;urp;" % pipe], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        ctx = connect(pipe)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0, (prop("Hidden", True),))
        sheets = doc.Sheets
        if "chart" in actions:
            rect = Rectangle(8000, 1000, 12000, 8000)
            sheets.getByName("Data").Charts.addNewByName("RaChart", rect, (data_range(doc, 6),), True, True)
        if "pivot" in actions:
            sheets.insertNewByName("Pivot", sheets.Count)
            pivot = sheets.getByName("Pivot")
            descriptor = pivot.DataPilotTables.createDataPilotDescriptor()
            descriptor.SourceRange = data_range(doc, 60)
            fields = descriptor.DataPilotFields
            row = fields.getByIndex(2)
            row.Orientation = uno.Enum("com.sun.star.sheet.DataPilotFieldOrientation", "ROW")
            value = fields.getByIndex(3)
            value.Orientation = uno.Enum("com.sun.star.sheet.DataPilotFieldOrientation", "DATA")
            value.Function = uno.Enum("com.sun.star.sheet.GeneralFunction", "SUM")
            where = CellAddress()
            where.Sheet, where.Column, where.Row = sheet_index(doc, "Pivot"), 0, 0
            pivot.DataPilotTables.insertNewByName("RaPivot", where, descriptor)
        if "formula" in actions:
            sheets.insertNewByName("Mine", sheets.Count)
            mine = sheets.getByName("Mine")
            mine.getCellByPosition(0, 0).Formula = "=$Profile.E2"
            mine.getCellByPosition(1, 0).Formula = "=$Profile.A2"
            doc.calculateAll()
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)), (prop("FilterName", "Calc MS Excel 2007 XML"),))
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass
    finally:
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


main()
