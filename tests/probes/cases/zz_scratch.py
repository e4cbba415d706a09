import html as H
from probes.cases.h38_fixD import *
from probes.slides import *
E = Expect(key_figures=INCOME_FIGURES, table_rows=INCOME[:1] + INCOME[3:4] + INCOME[-1:])
T = title("Resultatregnskap")

def plain(rows, size=14, pad=(4, 10), stripe="#e8eef3", odd=False, width="", thcenter=True, headfill=""):
    out = []
    for r, row in enumerate(rows):
        tag = "th" if r == 0 else "td"
        fill = headfill if (r == 0 and headfill) else (stripe if r and (r % 2 == 1) == odd else "")
        st = f' style="background: {fill}"' if fill else ""
        cells = "".join(f'<{tag}{" class=num" if c and (tag == "td" or not thcenter) else ""}>{H.escape(t)}</{tag}>' for c, t in enumerate(row))
        out.append(f"<tr{st}>{cells}</tr>")
    css = (f"<style>table.p {{ border-collapse: collapse; font-size: {size}pt; {width} }} table.p td, table.p th {{ padding: {pad[0]}pt {pad[1]}pt; }}"
           " table.p .num { text-align: right; white-space: nowrap; } table.p th { font-weight: bold; }</style>")
    return css + f'<div style="position: absolute; left: 18mm; top: 38mm; right: 18mm"><table class="p">{"".join(out)}</table></div>'

PROBES = []
k = 0
for size in (12, 16):
    for pad in ((4, 10), (6, 16)):
        for width in ("", "width: 100%;", "width: 70%;"):
            for hf in ("", "#1f4e79"):
                k += 1
                PROBES.append(p38(f"t{k}-{size}-{pad[1]}-{width[7:10] or 'auto'}-{hf[1:] or 'no'}", "statements",
                    (cover(ORG1), T + plain(INCOME, size, pad, width=width, headfill=hf)), E))
