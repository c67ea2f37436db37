package quotation

import (
	"bytes"
	"html/template"
	"io"
)

// WriteHTML writes q to w as a printable HTML page in Chinese and English,
// made with html/template, so that every text of the quotation is escaped
// (see the package documentation, # Rendering). Its error is w's.
func (q Quotation) WriteHTML(w io.Writer) error {
	if q.IsZero() {
		return errZero(ErrInvalidQuotation, "Quotation")
	}
	return render(w, "quotation", newSheet(q))
}

// WriteHTML writes c to w as a printable HTML page: the table that
// [Comparison.WriteText] writes, escaped by html/template. Its error is
// w's.
func (c Comparison) WriteHTML(w io.Writer) error {
	if len(c.options) == 0 {
		return errZero(ErrInvalidComparison, "Comparison")
	}
	return render(w, "comparison", newBoard(c))
}

// render executes the named page with data into memory, then writes it to w
// at once, so that w gets the whole page or nothing from the template.
func render(w io.Writer, name string, data any) error {
	var b bytes.Buffer
	if err := pages.ExecuteTemplate(&b, name, data); err != nil {
		return err
	}
	_, err := w.Write(b.Bytes())
	return err
}

// pages are the HTML renderings.
var pages = template.Must(template.New("pages").Parse(`{{define "head"}}<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.}}</title>
<style>
body { font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 2em auto; max-width: 64em; padding: 0 1em; color: #111; }
h1 { font-size: 1.4em; margin-bottom: .2em; }
h1 small { display: block; font-size: .6em; font-weight: normal; color: #555; }
dl { display: grid; grid-template-columns: max-content auto; gap: .2em 1em; }
dt { color: #555; }
dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 1em 0; }
th, td { padding: .3em .6em; border-bottom: 1px solid #ddd; text-align: left; vertical-align: top; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tbody.sums td { border-bottom: none; }
tr.total td { font-weight: bold; border-top: 2px solid #111; }
p.words { font-size: 1.1em; }
footer { margin-top: 2em; color: #555; }
@media print { body { margin: 0; max-width: none; } }
</style>
</head>
<body>
{{end}}
{{define "customer"}}<dt>客户 Customer</dt><dd class="customer">{{.Name}}</dd>
<dt>统一社会信用代码 Credit code</dt><dd>{{.CreditCode}}</dd>
{{if .Contact}}<dt>联系人 Contact</dt><dd>{{.Contact}}</dd>
{{end}}{{end}}
{{define "quotation"}}{{template "head" (print "报价单 Quotation " .Number)}}<header>
<h1>{{.Title}}<small>{{.EnglishTitle}}</small></h1>
<dl>
<dt>编号 No.</dt><dd class="number">{{.Number}}</dd>
<dt>签发 Issued</dt><dd>{{.IssuedOn}}</dd>
<dt>有效期至 Valid until</dt><dd class="valid-until">{{.ValidUntil}}</dd>
{{template "customer" .Customer}}</dl>
<p>{{.Summary}}</p>
</header>
<table>
<thead><tr><th>项目 Item</th><th class="num">年度 Year</th><th>依据</th><th>Basis</th><th class="num">金额 Amount</th></tr></thead>
<tbody>
{{range .Lines}}<tr><td>{{.Name}}</td><td class="num">{{.Year}}</td><td>{{.ChineseBasis}}</td><td>{{.EnglishBasis}}</td><td class="num">{{.Amount}}</td></tr>
{{end}}</tbody>
{{if .Subtotals}}<tbody class="sums">
{{range .Subtotals}}<tr class="subtotal"><td colspan="4">{{.Label}}</td><td class="num">{{.Amount}}</td></tr>
{{end}}</tbody>
{{end}}<tbody class="sums">
{{range $i, $t := .Totals}}<tr{{if eq $i 2}} class="total"{{end}}><td colspan="4">{{$t.Label}}</td><td class="num">{{$t.Amount}}</td></tr>
{{end}}</tbody>
</table>
{{if .Words}}<p class="words">大写 In words: <strong>{{.Words}}</strong> ({{.TotalWithCode}})</p>
{{end}}{{range .Efforts}}<section>
<p>{{.Line}}</p>
<ul>
{{range .Basis}}<li>{{.}}</li>
{{end}}</ul>
</section>
{{end}}
<footer>{{.Validity}}</footer>
</body>
</html>
{{end}}
{{define "comparison"}}{{template "head" "报价比较 Options compared"}}<header>
<h1>{{.Title}}<small>{{.EnglishTitle}}</small></h1>
<dl>
{{template "customer" .Customer}}{{range .Options}}<dt>{{.Label}}</dt><dd>{{.Number}} · {{.Summary}} · 有效期至 valid until {{.ValidUntil}}</dd>
{{end}}</dl>
</header>
<table>
<thead><tr><th>项目 Item</th><th class="num">年度 Year</th>{{range .Heads}}<th class="num">{{.}}</th>{{end}}</tr></thead>
<tbody>
{{range .Lines}}<tr><td>{{.Name}}</td><td class="num">{{.Year}}</td>{{range .Cells}}<td class="num">{{.}}</td>{{end}}</tr>
{{end}}</tbody>
<tbody class="sums">
{{range $i, $r := .Totals}}<tr{{if eq $i 2}} class="total"{{end}}><td>{{$r.Name}}</td><td></td>{{range $r.Cells}}<td class="num">{{.}}</td>{{end}}</tr>
{{end}}</tbody>
</table>
<p class="words">大写 In words:</p>
<ul>
{{range .Options}}<li>{{.Label}}: <strong>{{if .Words}}{{.Words}}{{else}}—{{end}}</strong> ({{.Total}})</li>
{{end}}</ul>
</body>
</html>
{{end}}`))
