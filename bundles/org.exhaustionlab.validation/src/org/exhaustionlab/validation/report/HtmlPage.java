package org.exhaustionlab.validation.report;

/** The page frame: head with the inline style sheet, body wrapper and footer. */
final class HtmlPage {
    // Kept free of '<' and '&' so the document stays well-formed XML without a CDATA section.
    static final String CSS = """
            *{box-sizing:border-box}
            body{margin:0;background:#f4f6f8;color:#1f2933;font:14px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif}
            .page{max-width:1040px;margin:0 auto;padding:24px}
            header.top{background:#ffffff;border:1px solid #e4e7eb;border-radius:10px;padding:20px 24px;display:flex;justify-content:space-between;align-items:center;gap:24px}
            h1{font-size:22px;margin:0 0 4px;word-break:break-word}
            h2{font-size:16px;margin:0 0 12px;color:#1f2933}
            h3{font-size:13px;margin:14px 0 6px;color:#616e7c;text-transform:uppercase;letter-spacing:.05em}
            .sub{color:#616e7c;font-size:13px}
            .badge{border-radius:10px;color:#ffffff;padding:12px 18px;text-align:center;min-width:190px}
            .badge .score{font-size:32px;font-weight:700;line-height:1.1}
            .badge .of{font-size:14px;font-weight:500;opacity:.85}
            .badge .verdict{font-size:12px;letter-spacing:.08em;text-transform:uppercase;font-weight:600;margin-top:2px}
            .badge .gates{font-size:12px;opacity:.9}
            section{background:#ffffff;border:1px solid #e4e7eb;border-radius:10px;padding:18px 24px;margin-top:16px;break-inside:avoid}
            table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}
            th,td{padding:6px 8px;border-bottom:1px solid #eef1f4;text-align:left;vertical-align:middle}
            th{color:#616e7c;font-weight:600;font-size:11.5px;text-transform:uppercase;letter-spacing:.04em}
            td.n,th.n{text-align:right;white-space:nowrap}
            tr.block td{background:#f8f9fa;font-weight:650;border-top:1px solid #e4e7eb}
            .rule{color:#616e7c;font-size:12.5px}
            .kpis{display:grid;grid-template-columns:repeat(4,1fr);gap:12px}
            .kpi{border:1px solid #e4e7eb;border-radius:8px;padding:10px 12px}
            .kpi .l{color:#616e7c;font-size:12px}
            .kpi .v{font-size:20px;font-weight:650;font-variant-numeric:tabular-nums}
            .pos{color:#1e8449}.neg{color:#c0392b}
            .bar{background:#eef1f4;border-radius:4px;height:10px;width:160px}
            .bar span{display:block;height:10px;border-radius:4px}
            .pill{display:inline-block;padding:1px 9px;border-radius:10px;font-size:12px;font-weight:600;color:#ffffff}
            .pass{background:#1e8449}.fail{background:#c0392b}.warn{background:#b9770e}
            .grid2{display:grid;grid-template-columns:1fr 1fr;gap:16px}
            .note{color:#616e7c;font-size:12.5px;margin:8px 0 0}
            .chart{margin-top:4px}
            ul{margin:6px 0 0;padding-left:20px}
            footer{color:#9aa5b1;font-size:12px;margin:18px 0 6px;text-align:center}
            @media (max-width:760px){.kpis{grid-template-columns:repeat(2,1fr)}.grid2{grid-template-columns:1fr}header.top{flex-direction:column;align-items:flex-start}}
            @media print{body{background:#ffffff}.page{padding:0}section,header.top{border-color:#cbd2d9}}
            """;

    private HtmlPage() {
    }

    static void open(StringBuilder sb, String title) {
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(Text.esc(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n")
                .append("<body>\n<div class=\"page\">\n");
    }

    static void close(StringBuilder sb) {
        sb.append("<footer>ExhaustionLab Validator · self-contained report: no scripts, no external resources</footer>\n")
                .append("</div>\n</body>\n</html>\n");
    }
}
