/** The client's style sheet: BC-like look (Segoe UI, BC's teal accent, FastTabs, dense list rows). */
export const STYLES = `
:root{--accent:#008489;--accent-dark:#006b6f;--text:#212121;--muted:#505050;--line:#e1e1e1;--bg:#f8f8f8;--attention:#a80000;--favorable:#107c10;--focus:#000}
*{box-sizing:border-box}
body{margin:0;font-family:"Segoe UI","Segoe UI Web (West European)",-apple-system,BlinkMacSystemFont,Roboto,"Helvetica Neue",sans-serif;font-size:14px;color:var(--text);background:var(--bg)}
a{color:var(--accent)}
:focus-visible{outline:2px solid var(--focus);outline-offset:1px}
.skip{position:absolute;left:-9999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px;z-index:10}
.appbar{display:flex;align-items:center;gap:16px;height:48px;padding:0 20px;background:#1f1f1f;color:#fff}
.appbar a{color:#fff;text-decoration:none;font-weight:600}
.page{max-width:1280px;margin:0 auto;padding:16px 24px 40px;background:#fff;min-height:calc(100vh - 48px)}
.page-header h1{font-size:20px;font-weight:600;margin:8px 0 4px}
.page-header .subtitle{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.02em}
.actionbar{display:flex;flex-wrap:wrap;gap:2px;align-items:center;border-bottom:1px solid var(--line);padding:4px 0;margin:8px 0 16px}
.actionbar .group{display:flex;gap:2px;align-items:center;padding-right:8px;margin-right:8px;border-right:1px solid var(--line)}
.actionbar .group-caption{font-size:12px;color:var(--muted);padding:0 6px}
.actionbar button,.actionbar summary{font:inherit;background:none;border:1px solid transparent;color:var(--text);padding:6px 10px;cursor:pointer;border-radius:2px}
.actionbar button:hover,.actionbar summary:hover{background:#f3f2f1}
.actionbar button.promoted{font-weight:600}
.actionbar details{position:relative}
.actionbar details .menu{position:absolute;z-index:5;background:#fff;border:1px solid var(--line);box-shadow:0 4px 8px rgba(0,0,0,.14);min-width:240px;padding:4px 0}
.actionbar details .menu h3{font-size:12px;color:var(--muted);margin:6px 12px 2px;font-weight:600}
.actionbar details .menu button{display:block;width:100%;text-align:left}
details.fasttab{border-bottom:1px solid var(--line);padding:4px 0}
details.fasttab>summary{font-size:16px;font-weight:600;padding:10px 0;cursor:pointer;list-style:none}
details.fasttab>summary::before{content:"\\203A";display:inline-block;width:16px;transition:transform .1s}
details.fasttab[open]>summary::before{transform:rotate(90deg)}
.instructional{color:var(--muted);margin:0 0 12px;max-width:80ch}
.fields{display:grid;grid-template-columns:repeat(auto-fill,minmax(420px,1fr));column-gap:48px;row-gap:2px;padding:0 0 12px 16px}
.field{display:grid;grid-template-columns:180px 1fr;align-items:center;min-height:32px;border-bottom:1px dotted #d0d0d0}
.field label{color:var(--text);font-size:14px;padding-right:8px}
.field label .req{color:var(--attention);margin-left:2px}
.field input[type=text],.field input[type=password],.field textarea{font:inherit;border:none;border-bottom:1px solid transparent;padding:4px 2px;background:transparent;width:100%;color:var(--text)}
.field input:not([readonly]):hover,.field input:not([readonly]):focus{border-bottom-color:var(--accent)}
.field input[readonly]{color:var(--muted)}
.field input[type=checkbox]{justify-self:start;margin:0 2px;width:16px;height:16px;accent-color:var(--accent)}
.field textarea{resize:none;min-height:0;overflow:auto}
.field textarea[readonly]{border:none;padding:4px 2px}
.field.has-assist{grid-template-columns:180px 1fr 28px}.field.nocaption.has-assist{grid-template-columns:1fr 28px}
.field .assist{font:inherit;background:none;border:1px solid transparent;cursor:pointer;color:var(--accent);padding:2px 6px}.field .assist:hover{border-color:var(--line)}
.field.nocaption{grid-template-columns:1fr}
.style-attention{color:var(--attention)!important;font-weight:600}.style-favorable{color:var(--favorable)!important}.style-unfavorable{color:var(--attention)!important}.style-strong{font-weight:600}
.field .num{text-align:right}
table.repeater{border-collapse:collapse;width:100%;font-size:14px}
table.repeater th{text-align:left;font-weight:600;font-size:12px;color:var(--muted);border-bottom:1px solid var(--line);padding:6px 8px;white-space:nowrap}
table.repeater td{padding:6px 8px;border-bottom:1px solid #f0f0f0;height:32px;white-space:nowrap;max-width:320px;overflow:hidden;text-overflow:ellipsis}
table.repeater tr:hover td{background:#f3f2f1}
table.repeater tr:focus-within td,table.repeater tr:focus td{background:#e6f3f4}
table.repeater td.num,table.repeater th.num{text-align:right}
.part,.addin{border:1px dashed var(--line);padding:12px;margin:8px 0;color:var(--muted)}
.search{margin:24px 0}
.search label{display:block;font-size:20px;font-weight:600;margin-bottom:8px}
.search input{font:inherit;font-size:16px;width:min(600px,100%);padding:8px 10px;border:1px solid #8a8886;border-radius:2px}
.search input:focus{border-color:var(--accent);outline:1px solid var(--accent)}
.results h2,.tiles h2{font-size:14px;color:var(--muted);font-weight:600;margin:16px 0 4px}
.results ul,.tiles ul{list-style:none;margin:0;padding:0}
.results li a{display:block;padding:6px 8px;text-decoration:none;color:var(--text)}
.results li a:hover,.results li a:focus{background:#e6f3f4}
.tiles ul{display:flex;flex-wrap:wrap;gap:8px}
.tiles a{display:block;width:180px;height:80px;padding:10px;background:var(--accent);color:#fff;text-decoration:none;font-weight:600}
.tiles a:hover,.tiles a:focus{background:var(--accent-dark)}
.empty{color:var(--muted);padding:12px 0}
.messages{margin:0 0 12px}.messages div{padding:8px 12px;background:#fff4ce;border-left:4px solid #c19c00;margin:4px 0}
.messages div.error{background:#fde7e9;border-left-color:var(--attention)}
dialog.bc-dialog{position:fixed;top:20vh;left:50%;transform:translateX(-50%);margin:0;min-width:360px;max-width:560px;border:none;padding:20px 24px;box-shadow:0 0 0 100vmax rgba(0,0,0,.25),0 8px 24px rgba(0,0,0,.25);background:#fff;z-index:20}
dialog.bc-dialog p{margin:0 0 12px;white-space:pre-wrap}
dialog.bc-dialog.error{border-top:4px solid var(--attention)}
dialog.bc-dialog .buttons{display:flex;gap:8px;justify-content:flex-end;margin-top:16px}
dialog.bc-dialog button{font:inherit;min-width:80px;padding:6px 16px;border:1px solid #8a8886;background:#fff;cursor:pointer;border-radius:2px}
dialog.bc-dialog button.primary,dialog.bc-dialog button[autofocus]{background:var(--accent);border-color:var(--accent);color:#fff}
.notifications{margin:0 0 12px}.notification{display:flex;gap:8px;align-items:center;padding:8px 12px;background:#e6f3f4;border-left:4px solid var(--accent);margin:4px 0}
.notification form{display:inline;margin:0}.notification .dismiss{margin-left:auto;background:none;border:none;font-size:18px;cursor:pointer}
button.link{background:none;border:none;color:var(--accent);cursor:pointer;font:inherit;text-decoration:underline}
.filterbar{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin:0 0 8px;font-size:13px}
.filterbar select,.filterbar input,.filterbar button{font:inherit;padding:3px 6px;border:1px solid #c8c6c4;border-radius:2px;background:#fff}
.chip{background:#f3f2f1;border-radius:12px;padding:2px 10px}.chip a{text-decoration:none;margin-left:4px}
table.repeater th a.sort{color:inherit;text-decoration:none}
.table-scroll{overflow-x:auto;max-height:60vh;overflow-y:auto}.table-scroll thead th{position:sticky;top:0;background:#fff}
.part h2{font-size:16px;font-weight:600;margin:16px 0 8px}
section.part{border:none;padding:0;color:var(--text)}
.addin.live{border:1px solid var(--line);padding:0}
iframe.addin-frame{display:block;width:100%;height:760px;border:0}
.sandbox-panel{margin:24px 0;padding:12px 16px;border:1px solid var(--line);background:#fafafa}
.sandbox-panel h2{font-size:14px;margin:0 0 8px}
.sandbox-panel form{display:flex;gap:8px;align-items:center;flex-wrap:wrap}
.sandbox-panel input{font:inherit;padding:4px 6px;min-width:320px}
table.log{border-collapse:collapse;font-size:13px;width:100%}table.log td,table.log th{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left}
`;
