/**
 * An in-memory Excel behind an office-addin-mock request context, for the Office adapter's tests.
 * It keeps office.js's batching rules: loads and writes are queued and happen at context.sync(), in
 * order; reading a property before it is loaded and synced throws (office.js: PropertyNotLoaded);
 * *OrNullObject gives a null object whose chained *OrNullObject calls are null too. A sync that would
 * return more than `maxCellsPerSync` cells fails as Excel on the web does (ResponsePayloadSizeLimitExceeded).
 * Charts: worksheet.charts.add(type, range, seriesBy) gives a chart whose title, axis titles, legend and
 * name are plain properties and whose setPosition is queued; the chart is on its sheet after the sync.
 * Sheets have a visibility (worksheets.load("items/name,items/visibility")) and merges (set up by
 * hand); a used range's getMergedAreasOrNullObject() gives a RangeAreas of all the sheet's merges
 * (as the used range with formats covers them all), a null object when there are none.
 */
import { OfficeMockObject } from "office-addin-mock";
import { a1, columnNumber } from "../../../../src/engine/workbook";

type Scalar = string | number | boolean;

/** A chart as the fake keeps it: what the adapter set on it. */
export interface FakeChart {
  readonly type: string;
  /** The source range's sheet and address ("Charts!A4:C8"). */
  readonly source: string;
  readonly seriesBy: string | undefined;
  name: string;
  readonly title: { text: string };
  readonly axes: { readonly valueAxis: { readonly title: { text: string } }; readonly categoryAxis: { readonly title: { text: string } } };
  readonly legend: { visible: boolean; position: string };
  position: { from: string; to: string } | null;
  setPosition(from: string, to?: string): void;
}

interface Sheet {
  name: string;
  cells: Map<string, Scalar>;
  formulas: Map<string, string>;
  formats: Map<string, string>;
  charts: FakeChart[];
  visibility: "Visible" | "Hidden" | "VeryHidden";
  /** Merged ranges ("H2:I3"), in the order Excel lists them. */
  merges: string[];
}

interface Table {
  name: string;
  sheet: string;
  address: string;
}

export interface FakeOptions {
  readonly maxCellsPerSync?: number;
}

const key = (row: number, column: number) => `${row},${column}`;

function parseRange(address: string): { top: number; left: number; bottom: number; right: number } {
  const bare = address.replace(/^.*!/, "").replace(/\$/g, "");
  const [from = "A1", to] = bare.split(":");
  const cell = (a: string, end: boolean) => {
    const m = /^([A-Z]*)(\d*)$/i.exec(a);
    const letters = m?.[1] ?? "";
    const digits = m?.[2] ?? "";
    return { column: letters ? columnNumber(letters) : end ? 16384 : 1, row: digits ? Number(digits) : end ? 1048576 : 1 };
  };
  const a = cell(from, false);
  const b = cell(to ?? from, to !== undefined || !/\d/.test(from));
  return { top: a.row, left: a.column, bottom: to === undefined && /\d/.test(from) ? a.row : b.row, right: to === undefined && /[A-Z]/i.test(from) && /\d/.test(from) ? a.column : b.column };
}

class NotLoaded extends Error {
  constructor(what: string) {
    super(`PropertyNotLoaded: ${what} was read before it was loaded and synced`);
  }
}

/** The workbook's state and the queue of the current batch. */
export class FakeExcel {
  readonly sheets: Sheet[] = [];
  readonly tables: Table[] = [];
  readonly log: string[] = [];
  /** Per sync: whether calculation was suspended in that batch, and whether it wrote anything. */
  readonly batches: { suspended: boolean; wrote: boolean; cellsLoaded: number }[] = [];
  active: { sheet: string; address: string } = { sheet: "", address: "A1" };
  private queue: (() => void)[] = [];
  /** Where each range proxy points, for charts.add. */
  private readonly rangeAddresses = new WeakMap<object, () => string>();
  private suspended = false;
  private wrote = false;
  private cellsLoaded = 0;
  /** Takes back what the current batch loaded, for a sync that fails: office.js delivers nothing of it. */
  private unload: (() => void)[] = [];
  readonly mock: OfficeMockObject;
  readonly context: Excel.RequestContext;

  constructor(private readonly options: FakeOptions = {}) {
    this.mock = new OfficeMockObject({ host: "excel", context: {} });
    const context = (this.mock as unknown as { context: Record<string, unknown> }).context;
    const mockSync = (context["sync"] as () => Promise<void>).bind(context);
    context["workbook"] = this.workbookProxy();
    context["application"] = { suspendApiCalculationUntilNextSync: () => this.enqueue(() => (this.suspended = true), false) };
    context["sync"] = async () => {
      this.flush();
      await mockSync();
    };
    this.context = context as unknown as Excel.RequestContext;
  }

  /** Excel.run with this context. */
  run<T>(body: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return body(this.context);
  }

  sheet(name: string): Sheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  addSheet(name: string): Sheet {
    const sheet: Sheet = { name, cells: new Map(), formulas: new Map(), formats: new Map(), charts: [], visibility: "Visible", merges: [] };
    this.sheets.push(sheet);
    return sheet;
  }

  /** Writes a block of values directly (test set-up, not through the queue). */
  put(sheetName: string, topLeft: string, rows: readonly (readonly (Scalar | null)[])[]): void {
    const sheet = this.sheet(sheetName) ?? this.addSheet(sheetName);
    const { top, left } = parseRange(topLeft);
    rows.forEach((r, i) => r.forEach((v, j) => (v === null || v === "" ? sheet.cells.delete(key(top + i, left + j)) : sheet.cells.set(key(top + i, left + j), v))));
  }

  /** The values of a sheet's used range, "" for empty cells (as office.js returns them). */
  usedValues(sheetName: string): { values: Scalar[][]; top: number; left: number } | null {
    const sheet = this.sheet(sheetName);
    if (!sheet || sheet.cells.size === 0) return null;
    let top = Infinity, left = Infinity, bottom = 0, right = 0;
    for (const k of sheet.cells.keys()) {
      const [r, c] = k.split(",").map(Number) as [number, number];
      top = Math.min(top, r); left = Math.min(left, c); bottom = Math.max(bottom, r); right = Math.max(right, c);
    }
    return { values: this.block(sheet, top, left, bottom, right), top, left };
  }

  private block(sheet: Sheet, top: number, left: number, bottom: number, right: number): Scalar[][] {
    const out: Scalar[][] = [];
    for (let r = top; r <= bottom; r++) {
      const row: Scalar[] = [];
      for (let c = left; c <= right; c++) row.push(sheet.cells.get(key(r, c)) ?? "");
      out.push(row);
    }
    return out;
  }

  /** The number formats of a block, "General" where none was set (as office.js returns them). */
  private formatBlock(sheet: Sheet, top: number, left: number, bottom: number, right: number): string[][] {
    const out: string[][] = [];
    for (let r = top; r <= bottom; r++) {
      const row: string[] = [];
      for (let c = left; c <= right; c++) row.push(sheet.formats.get(key(r, c)) ?? "General");
      out.push(row);
    }
    return out;
  }

  private enqueue(op: () => void, writes: boolean): void {
    this.queue.push(() => {
      if (writes) this.wrote = true;
      op();
    });
  }

  private flush(): void {
    const ops = this.queue;
    this.queue = [];
    this.suspended = false;
    this.wrote = false;
    this.cellsLoaded = 0;
    this.unload = [];
    try {
      for (const op of ops) op();
    } finally {
      this.batches.push({ suspended: this.suspended, wrote: this.wrote, cellsLoaded: this.cellsLoaded });
    }
    if (this.options.maxCellsPerSync !== undefined && this.cellsLoaded > this.options.maxCellsPerSync) {
      this.unload.forEach((u) => u());
      throw Object.assign(new Error("The response payload size has exceeded the limit."), { code: "ResponsePayloadSizeLimitExceeded" });
    }
  }

  private loaded<T extends object>(target: T, fields: Record<string, () => unknown>, props: string): void {
    const wanted = props.split(",").map((p) => p.trim()).filter(Boolean);
    this.enqueue(() => {
      for (const p of wanted) {
        const get = fields[p];
        if (!get) throw new Error(`The fake cannot load ${p}`);
        const value = get();
        if ((p === "values" || p === "numberFormat") && Array.isArray(value)) this.cellsLoaded += (value as unknown[][]).reduce((n, r) => n + r.length, 0);
        const before = Object.getOwnPropertyDescriptor(target, p);
        Object.defineProperty(target, p, { value, configurable: true, writable: true });
        this.unload.push(() => (before ? Object.defineProperty(target, p, before) : delete (target as Record<string, unknown>)[p]));
      }
    }, false);
  }

  private workbookProxy(): unknown {
    return {
      worksheets: this.worksheetsProxy(),
      tables: this.tablesProxy(),
      getActiveCell: () => this.rangeProxy(() => this.active.sheet, () => this.active.address, false),
      insertWorksheetsFromBase64: (base64: string) => this.enqueue(() => this.log.push(`insert ${base64.length} base64 characters`), true),
    };
  }

  private worksheetsProxy(): unknown {
    const proxy: Record<string, unknown> = {
      load: (props: string) => {
        const visibility = props.includes("items/visibility");
        const charts = props.includes("items/charts/items/name");
        const item = (s: Sheet) => ({ name: s.name, ...(visibility ? { visibility: s.visibility } : {}), ...(charts ? { charts: { items: s.charts.map((c) => ({ name: c.name })) } } : {}) });
        this.enqueue(() => Object.defineProperty(proxy, "items", { value: this.sheets.map(item), configurable: true }), false);
        if (!props.includes("items/name")) throw new Error("The fake loads items/name only");
        return proxy;
      },
      getItemOrNullObject: (name: string) => this.worksheetProxy(name, true),
      getItem: (name: string) => this.worksheetProxy(name, false),
      add: (name: string) => {
        this.enqueue(() => {
          if (this.sheet(name)) throw new Error(`A sheet named ${name} already exists`);
          this.addSheet(name);
          this.log.push(`add sheet ${name}`);
        }, true);
        return this.worksheetProxy(name, false);
      },
    };
    Object.defineProperty(proxy, "items", { get: () => { throw new NotLoaded("worksheets.items"); }, configurable: true });
    return proxy;
  }

  private tablesProxy(): unknown {
    const proxy: Record<string, unknown> = {
      load: (props: string) => {
        this.enqueue(() => Object.defineProperty(proxy, "items", { value: this.tables.map((t) => ({ name: t.name, worksheet: { name: t.sheet } })), configurable: true }), false);
        if (!props.includes("items/name")) throw new Error("The fake loads items/name only");
        return proxy;
      },
      getItem: (name: string) => ({
        convertToRange: () => this.enqueue(() => {
          const i = this.tables.findIndex((t) => t.name === name);
          if (i < 0) throw Object.assign(new Error(`ItemNotFound: no table ${name}`), { code: "ItemNotFound" });
          this.tables.splice(i, 1);
          this.log.push(`convert table ${name} to range`);
        }, true),
      }),
    };
    Object.defineProperty(proxy, "items", { get: () => { throw new NotLoaded("tables.items"); }, configurable: true });
    return proxy;
  }

  private worksheetProxy(name: string, nullable: boolean): unknown {
    const exists = () => this.sheet(name) !== undefined;
    const must = () => {
      const s = this.sheet(name);
      if (!s) throw Object.assign(new Error(`ItemNotFound: no sheet ${name}`), { code: "ItemNotFound" });
      return s;
    };
    const fixed = (address: string) => this.rangeProxy(() => name, () => address, false, nullable ? exists : undefined);
    return {
      getUsedRangeOrNullObject: () => {
        const range: Record<string, unknown> = {};
        const used = () => this.usedValues(name);
        range["load"] = (props: string) => {
          this.loaded(range, {
            isNullObject: () => used() === null,
            values: () => used()?.values ?? [],
            numberFormat: () => {
              const u = used();
              const s = this.sheet(name);
              return u && s ? this.formatBlock(s, u.top, u.left, u.top + u.values.length - 1, u.left + (u.values[0]?.length ?? 1) - 1) : [];
            },
            rowIndex: () => (used()?.top ?? 1) - 1,
            columnIndex: () => (used()?.left ?? 1) - 1,
            rowCount: () => used()?.values.length ?? 0,
            columnCount: () => used()?.values[0]?.length ?? 0,
          }, `isNullObject,${props}`);
          return range;
        };
        range["getMergedAreasOrNullObject"] = () => this.mergedAreasProxy(name);
        return range;
      },
      getRange: (address?: string) => fixed(address ?? "A1:XFD1048576"),
      getRangeByIndexes: (row: number, column: number, rows: number, columns: number) => fixed(`${a1(row + 1, column + 1)}:${a1(row + rows, column + columns)}`),
      delete: () => this.enqueue(() => {
        const s = must();
        this.sheets.splice(this.sheets.indexOf(s), 1);
        for (let i = this.tables.length - 1; i >= 0; i--) if (this.tables[i]?.sheet === name) this.tables.splice(i, 1);
        // As Excel does: every formula that refers to a deleted sheet becomes #REF!.
        const reference = new RegExp(`'?${name}'?!`);
        for (const other of this.sheets) for (const [k, f] of other.formulas) if (reference.test(f)) other.formulas.set(k, f.replace(new RegExp(`'?${name}'?![$A-Z0-9:]+`, "g"), "#REF!"));
        this.log.push(`delete sheet ${name}`);
      }, true),
      getRanges: (address: string) => ({
        select: () => this.enqueue(() => { must(); this.active = { sheet: name, address }; }, false),
      }),
      charts: {
        getItem: (chartName: string) => ({
          delete: () => this.enqueue(() => {
            const s = must();
            const i = s.charts.findIndex((c) => c.name === chartName);
            if (i < 0) throw Object.assign(new Error(`ItemNotFound: no chart ${chartName}`), { code: "ItemNotFound" });
            s.charts.splice(i, 1);
            this.log.push(`delete chart ${name} ${chartName}`);
          }, true),
        }),
        add: (type: string, source: object, seriesBy?: string) => {
          const where = this.rangeAddresses.get(source);
          if (!where) throw new Error("The fake makes charts from its own ranges only");
          const chart: FakeChart = {
            type,
            source: where(),
            seriesBy,
            name: "",
            title: { text: "" },
            axes: { valueAxis: { title: { text: "" } }, categoryAxis: { title: { text: "" } } },
            legend: { visible: false, position: "" },
            position: null,
            setPosition: (from: string, to?: string) => this.enqueue(() => (chart.position = { from, to: to ?? from }), true),
          };
          this.enqueue(() => {
            const s = must();
            if (!chart.source.startsWith(`${name}!`)) throw new Error(`InvalidArgument: a chart on ${name} from ${chart.source}`);
            s.charts.push(chart);
            this.log.push(`chart ${name} ${type} ${chart.source}`);
          }, true);
          return chart;
        },
      },
      activate: () => this.enqueue(() => must(), false),
      freezePanes: { freezeRows: (n: number) => this.enqueue(() => this.log.push(`freeze ${name} ${n}`), true) },
      tables: {
        add: (address: string, hasHeaders: boolean) => {
          const table: Table = { name: `Table${this.tables.length + 1}`, sheet: name, address: address.replace(/^.*!/, "") };
          this.enqueue(() => {
            must();
            if (!hasHeaders) throw new Error("The adapter always writes headers");
            this.tables.push(table);
          }, true);
          const rename = (value: string) =>
            this.enqueue(() => {
              if (this.tables.some((t) => t !== table && t.name === value)) throw new Error(`InvalidArgument: a table named ${value} already exists`);
              table.name = value;
            }, true);
          return {
            set name(value: string) {
              rename(value);
            },
          };
        },
      },
    };
  }

  /** A RangeAreas of a sheet's merges: its address is each merge with the sheet's name, as office.js gives it. */
  private mergedAreasProxy(name: string): unknown {
    const merges = () => this.sheet(name)?.merges ?? [];
    const areas: Record<string, unknown> = {};
    areas["load"] = (props: string) => {
      this.loaded(areas, {
        isNullObject: () => merges().length === 0,
        address: () => merges().map((m) => `${/^\w+$/.test(name) ? name : `'${name}'`}!${m}`).join(", "),
        areaCount: () => merges().length,
      }, `isNullObject,${props}`);
      return areas;
    };
    return areas;
  }

  private rangeProxy(sheetName: () => string, address: () => string, _nullable: boolean, exists?: () => boolean): unknown {
    const range: Record<string, unknown> = {};
    const sheet = () => {
      const s = this.sheet(sheetName());
      if (!s) throw Object.assign(new Error(`ItemNotFound: no sheet ${sheetName()}`), { code: "ItemNotFound" });
      return s;
    };
    const box = () => parseRange(address());
    range["load"] = (props: string) => {
      this.loaded(range, {
        isNullObject: () => exists !== undefined && !exists(),
        address: () => `${sheetName()}!${address()}`,
        values: () => { const b = box(); return this.block(sheet(), b.top, b.left, b.bottom, b.right); },
        numberFormat: () => { const b = box(); return this.formatBlock(sheet(), b.top, b.left, b.bottom, b.right); },
        formulas: () => { const b = box(); const s = sheet(); return this.block(s, b.top, b.left, b.bottom, b.right).map((row, i) => row.map((v, j) => s.formulas.get(key(b.top + i, b.left + j)) ?? v)); },
        rowIndex: () => box().top - 1,
        columnIndex: () => box().left - 1,
      }, props);
      return range;
    };
    const worksheet: Record<string, unknown> = {
      load: () => {
        this.enqueue(() => Object.defineProperty(worksheet, "name", { value: sheetName(), configurable: true }), false);
        return worksheet;
      },
    };
    range["worksheet"] = worksheet;
    this.rangeAddresses.set(range, () => `${sheetName()}!${address()}`);
    range["select"] = () => this.enqueue(() => { sheet(); this.active = { sheet: sheetName(), address: address() }; }, false);
    range["clear"] = () => this.enqueue(() => {
      const s = sheet();
      const b = box();
      const inside = (k: string) => {
        const [r, c] = k.split(",").map(Number) as [number, number];
        return r >= b.top && r <= b.bottom && c >= b.left && c <= b.right;
      };
      for (const map of [s.cells, s.formulas, s.formats]) for (const k of [...map.keys()]) if (inside(k)) map.delete(k);
      this.log.push(`clear ${sheetName()}!${address()}`);
    }, true);
    range["format"] = {
      set columnWidth(points: number) {
        queueWidth(points);
      },
    };
    const queueWidth = (points: number) => this.enqueue(() => this.log.push(`width ${sheetName()}!${address()} ${points}`), true);
    Object.defineProperty(range, "values", {
      get: () => { throw new NotLoaded("range.values"); },
      set: (rows: Scalar[][]) => this.enqueue(() => {
        const s = sheet();
        const b = box();
        if (rows.length !== b.bottom - b.top + 1 || rows.some((r) => r.length !== b.right - b.left + 1)) throw new Error(`InvalidArgument: ${rows.length} rows do not fit ${address()}`);
        rows.forEach((r, i) =>
          r.forEach((v, j) => {
            const k = key(b.top + i, b.left + j);
            if (v === "") s.cells.delete(k);
            // As Excel does, a leading apostrophe is a prefix that keeps text as text; it is not part of the value.
            else if (typeof v === "string" && v.startsWith("'")) {
              s.cells.set(k, v.slice(1));
              this.log.push(`text prefix ${sheetName()}!${a1(b.top + i, b.left + j)}`);
            } else if (typeof v === "string" && /^[=+\-@]/.test(v)) throw new Error(`The fake would evaluate ${v} as a formula`);
            else s.cells.set(k, v);
          }),
        );
      }, true),
      configurable: true,
    });
    Object.defineProperty(range, "numberFormat", {
      set: (formats: string[][]) => this.enqueue(() => {
        const s = sheet();
        const b = box();
        if (formats.length !== b.bottom - b.top + 1) throw new Error(`InvalidArgument: formats do not fit ${address()}`);
        formats.forEach((r, i) => r.forEach((f, j) => s.formats.set(key(b.top + i, b.left + j), f)));
      }, true),
      configurable: true,
    });
    return range;
  }
}
