/** The report's style sheet, inlined in every page (the pages open offline, one file each). */
export const STYLE = `
:root{--ink:#1d2430;--muted:#5d6878;--line:#d9dee6;--bg:#f6f7f9;--card:#fff;--accent:#1f5fbf;--warn:#b25b00;--bad:#b3261e;--low:#ffe27a;--ch:#1f5fbf}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 "Segoe UI","Noto Sans","DejaVu Sans",Arial,sans-serif;color:var(--ink);background:var(--bg)}
a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
header.top{background:#17325c;color:#fff;padding:14px 24px}
header.top h1{margin:0;font-size:22px;font-weight:600}header.top .sub{opacity:.85;font-size:14px;margin-top:2px}
header.top a{color:#cfe0ff}
main{padding:16px 24px;max-width:1500px}
section.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:14px 18px;margin:0 0 18px}
section.card>h2{margin:0 0 10px;font-size:18px}
h3{font-size:15px;margin:12px 0 6px}
.muted{color:var(--muted)}
.stats{display:flex;gap:12px;flex-wrap:wrap;margin:0 0 16px}
.stat{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:8px 14px;min-width:120px}
.stat b{display:block;font-size:22px}
table.grid{border-collapse:collapse;width:100%;font-size:14px}
table.grid th,table.grid td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
table.grid th{background:#eef1f5;position:sticky;top:0;z-index:1;white-space:nowrap}
table.grid td.num,table.grid th.num{text-align:right;white-space:nowrap}
table.grid tbody tr:hover{background:#f3f7ff}
th.sortable{cursor:pointer;user-select:none}th.sortable::after{content:" ⇅";color:#9aa4b2}
th.sorted-asc::after{content:" ▲";color:var(--accent)}th.sorted-desc::after{content:" ▼";color:var(--accent)}
.filters{display:flex;gap:12px;flex-wrap:wrap;align-items:end;margin:0 0 10px}
.filters label{display:flex;flex-direction:column;font-size:13px;color:var(--muted)}
.filters select{font:inherit;padding:4px 6px;min-width:200px;max-width:340px}
.filters button{font:inherit;padding:4px 12px}
.count{margin-left:auto;color:var(--muted)}
.capped{color:var(--warn);margin:0 0 8px}
.chip{display:inline-block;background:#e8eef9;border-radius:10px;padding:0 8px;margin:1px 2px 1px 0;font-size:13px}
.badge{display:inline-block;border-radius:4px;padding:0 6px;font-size:12px;background:#eee}
.badge.warn{background:#fff0d9;color:var(--warn)}.badge.bad{background:#fde2e0;color:var(--bad)}.badge.in{background:#e2f3e5;color:#1d6b2c}
.bar{display:inline-block;height:10px;background:#8fb0e6;border-radius:3px;vertical-align:middle}
.timeline .month{display:grid;grid-template-columns:130px 1fr 48px;gap:8px;align-items:center;padding:3px 0}
.timeline details{border-bottom:1px solid var(--line)}
.timeline summary{cursor:pointer;list-style:none}.timeline summary::-webkit-details-marker{display:none}
.timeline ul{margin:4px 0 8px 138px;padding:0;list-style:none;font-size:14px}
.timeline li{padding:2px 0}
.timeline .overdue{border:1px solid #f1b7b2;background:#fff6f5;border-radius:8px;padding:8px 12px;margin-bottom:12px}
.timeline .overdue .bar{background:#e07a72}
.overdue h3{color:var(--bad);margin-top:0}
.layout{display:grid;grid-template-columns:320px 1fr;gap:18px;align-items:start}
nav.side{position:sticky;top:10px;max-height:calc(100vh - 20px);overflow:auto;background:var(--card);border:1px solid var(--line);border-radius:8px;padding:10px 12px;font-size:14px}
nav.side h2{font-size:15px;margin:4px 0}
nav.side ul{list-style:none;margin:0;padding-left:12px}nav.side>ul{padding-left:0}
nav.side li{margin:2px 0}
nav.side .jump a{display:block}
article.task{border:1px solid var(--line);border-left:4px solid var(--accent);border-radius:6px;padding:8px 12px;margin:0 0 10px;background:#fff}
article.task:target{box-shadow:0 0 0 3px #b9cdf3}
article.task header{font-size:13px}article.task p{margin:4px 0}
.task-id{font-weight:600}
.field{font-size:14px;margin:2px 0}.field .label{color:var(--muted);display:inline-block;min-width:80px}
.deadline .due{font-weight:600}
.ref-id{font-family:ui-monospace,Consolas,monospace;font-size:13px}
.cross{background:#f2f6fc;border:1px solid #d5e0f0;border-radius:6px;padding:6px 14px;margin:0 0 12px}
.cross h3{margin:6px 0 2px}.cross h4{font-size:14px;margin:8px 0 2px;color:var(--muted)}.cross p,.cross ul{margin:2px 0 6px}
ol.refs li{margin:3px 0}ol.refs li:target{background:#fff7d6}
.text{font:14px/1.6 "Noto Serif","DejaVu Serif",Georgia,serif;background:#fff}
.ln{display:grid;grid-template-columns:48px 1fr;white-space:pre-wrap;word-break:break-word}
.ln:target{background:#fff7d6}
.ln .n{color:#9aa4b2;text-align:right;padding-right:10px;font:12px/1.9 ui-monospace,monospace;user-select:none}
.w.ch{text-decoration:underline dotted var(--ch);text-underline-offset:3px}
.w.lo{background:var(--low);border-radius:2px}
.w{cursor:help}
#tip{position:fixed;z-index:10;display:none;max-width:420px;background:#1d2430;color:#fff;border-radius:6px;padding:6px 10px;font:13px/1.4 "Segoe UI","Noto Sans",sans-serif;pointer-events:none;box-shadow:0 2px 8px rgba(0,0,0,.25)}
#tip b{color:#ffe27a}
.legend .w{cursor:default}
svg.graph{max-width:100%;height:auto;font:12px "Segoe UI","Noto Sans",sans-serif}
svg.graph .edge{stroke:#9fb3d1;stroke-width:1.2;fill:none}
svg.graph .doc rect{fill:#1f5fbf}svg.graph .doc text{fill:#fff}
svg.graph .cited rect{fill:#e8eef9;stroke:#9fb3d1}svg.graph .cited.in rect{fill:#d9f0dd;stroke:#5aa469}
svg.graph a:hover rect{filter:brightness(1.1)}
tr.sev-warning td:first-child{color:var(--warn)}tr.sev-error td:first-child{color:var(--bad)}
footer{color:var(--muted);font-size:12px;padding:8px 24px 24px}
@media (max-width:900px){.layout{grid-template-columns:1fr}nav.side{position:static;max-height:none}}
@media print{nav.side,.filters{display:none}.layout{display:block}}
`;
