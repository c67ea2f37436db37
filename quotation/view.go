package quotation

import (
	"slices"
	"strconv"
	"strings"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/fees"
	"github.com/aftersales/certification/internal/calendar"
)

// sheet is a quotation as its renderings show it: every figure already
// written, so that the text and the HTML renderings show the same.
type sheet struct {
	Number, IssuedOn, ValidUntil string
	Customer                     Customer
	Summary                      string
	Lines                        []sheetLine
	Subtotals                    []labelled // shown when there are two or more
	Totals                       []labelled // the net, the VAT and the total
	Words                        string     // the total in capitals, "" when there is none
	TotalWithCode                string
	Title, EnglishTitle          string   // what the quotation is for
	Efforts                      []effort // the audit time of each audit priced
	Validity                     string   // from when to when the quotation stands
}

// effort is the audit time of one audit a quotation prices: its figures on
// one line and its basis.
type effort struct {
	Line  string
	Basis []string
}

// sheetLine is a quote line as a quotation shows it.
type sheetLine struct {
	Name, Year, ChineseBasis, EnglishBasis, Amount string
}

// labelled is a figure and its bilingual label.
type labelled struct {
	Label, Amount string
}

// newSheet writes out q's figures.
func newSheet(q Quotation) sheet {
	qt := q.quote
	s := sheet{
		Number: q.Number(), IssuedOn: calendar.Format(q.issuedOn), ValidUntil: calendar.Format(q.inquiry.ValidUntil),
		Customer: q.inquiry.Customer, Summary: summary(q), Words: q.words, TotalWithCode: qt.Total.WithCode(),
		Efforts: efforts(qt),
	}
	s.Validity = validityText(s.IssuedOn, s.ValidUntil)
	s.Title, s.EnglishTitle = title(qt)
	for _, l := range qt.Lines {
		s.Lines = append(s.Lines, sheetLine{Name: lineName(l), Year: yearText(l.Year), ChineseBasis: l.ChineseBasis(),
			EnglishBasis: l.EnglishBasis(), Amount: l.Amount.Grouped()})
	}
	if len(q.subtotals) > 1 {
		for _, st := range q.subtotals {
			s.Subtotals = append(s.Subtotals, labelled{subtotalLabel(st.Year), st.Amount.Grouped()})
		}
	}
	s.Totals = []labelled{{"净额 Net", qt.Net.Grouped()}, {vatLabel(qt), qt.VAT.Grouped()}, {"合计 Total", qt.Total.WithSymbol()}}
	return s
}

// validityText says from when to when a quotation stands.
func validityText(issued, until string) string {
	return "本报价单自 " + issued + " 起至 " + until + " 止有效（含当日）。Valid from " + issued + " to " + until + " inclusive."
}

// lineName returns a line's name in Chinese and in English.
func lineName(l fees.Line) string {
	zh, en := l.ChineseName(), l.EnglishName()
	return zh + " " + en
}

// yearText writes a line's year, "—" for a line of the whole quote.
func yearText(year int) string {
	if year == 0 {
		return "—"
	}
	return strconv.Itoa(year)
}

// subtotalLabel names the subtotal of a year.
func subtotalLabel(year int) string {
	if year == 0 {
		return "不分年度 Whole quote"
	}
	return "第 " + strconv.Itoa(year) + " 年小计 Year " + strconv.Itoa(year) + " subtotal"
}

// vatLabel names the VAT line with its rate.
func vatLabel(q fees.Quote) string {
	label := "增值税 VAT " + q.VATRate.Shift(2).String() + " %"
	if q.VATIncluded {
		label += ", included 含税"
	}
	return label
}

// summary says in one line what q quotes: the part, the size, what the
// request adds and the currency.
func summary(q Quotation) string {
	r, qt := q.inquiry.Request, q.quote
	parts := []string{
		qt.Part.Chinese() + " " + qt.Part.English(),
		"有效人数 effective personnel " + strconv.Itoa(r.Personnel),
		"场所 sites " + strconv.Itoa(max(r.Sites, 1)),
	}
	if !r.Discount.IsZero() {
		parts = append(parts, "折扣 discount "+r.Discount.String()+" %")
	}
	if !r.Travel.IsZero() {
		parts = append(parts, "差旅预估 travel "+r.Travel.Grouped())
	}
	if r.ExtraCopies > 0 {
		parts = append(parts, "证书副本 extra copies "+strconv.Itoa(r.ExtraCopies))
	}
	return strings.Join(append(parts, "币种 currency "+qt.Currency), " · ")
}

// title says what a quotation is for, in Chinese and in English:
// after-sales service certification, or the certifications of a bundle.
func title(q fees.Quote) (chinese, english string) {
	if len(q.Audits) == 0 {
		return "售后服务认证报价单", "After-sales service certification quotation"
	}
	return "认证报价单", "Certification quotation"
}

// efforts writes the audit time each audit of q is priced on: the quote's
// one effort, or each audit of a bundle with the standards it covers.
func efforts(q fees.Quote) []effort {
	if len(q.Audits) == 0 {
		return []effort{{Line: effortLine("", q.Effort), Basis: q.Effort.Basis}}
	}
	out := make([]effort, len(q.Audits))
	for i, a := range q.Audits {
		out[i] = effort{Line: effortLine(a.Standards.Numbers(), a.Effort), Basis: a.Effort.Basis}
	}
	return out
}

// effortLine writes the figures of an audit's time, with the standards it
// covers when there are several audits.
func effortLine(standards string, e audit.Effort) string {
	head := "审核人日 Audit time (person-days)"
	if standards != "" {
		head += " — " + standards
	}
	return head + ": 初次 initial " + e.Initial.String() + " (一阶段 stage 1 " + e.Stage1.String() +
		", 二阶段 stage 2 " + e.Stage2.String() + ") · 监督 surveillance " + e.Surveillance.String() +
		" · 再认证 recertification " + e.Recertification.String()
}

// board is a comparison as its renderings show it.
type board struct {
	Title, EnglishTitle string // what the options are for
	Customer            Customer
	Options             []boardOption
	Heads               []string // the amount and difference columns
	Lines               []boardRow
	Totals              []boardRow
}

// boardOption is one option of a comparison, as its heading shows it.
type boardOption struct {
	Label, Number, ValidUntil, Summary, Total, Words string
}

// boardRow is a row of a comparison: its name, its year and its cells, the
// amounts of the options, then the difference of each option but the first.
type boardRow struct {
	Name, Year string
	Cells      []string
}

// newBoard writes out c's figures.
func newBoard(c Comparison) board {
	b := board{Customer: c.options[0].inquiry.Customer}
	b.Title, b.EnglishTitle = comparisonTitle(c.options)
	for i, o := range c.options {
		b.Options = append(b.Options, boardOption{Label: optionLabel(i), Number: o.Number(),
			ValidUntil: calendar.Format(o.inquiry.ValidUntil), Summary: summary(o),
			Total: o.quote.Total.WithSymbol(), Words: o.words})
		b.Heads = append(b.Heads, optionLabel(i))
	}
	for i := 1; i < len(c.options); i++ {
		b.Heads = append(b.Heads, "差额 Difference "+strconv.Itoa(i+1)+"−1")
	}
	for _, r := range c.lines {
		b.Lines = append(b.Lines, boardRow{Name: r.Chinese + " " + r.English, Year: yearText(r.Year), Cells: cells(r)})
	}
	for _, r := range c.totals {
		b.Totals = append(b.Totals, boardRow{Name: r.Chinese + " " + r.English, Cells: cells(r)})
	}
	return b
}

// comparisonTitle says what options are for, in Chinese and in English:
// after-sales service certification, or certification in general when one
// of them is a bundle.
func comparisonTitle(options []Quotation) (chinese, english string) {
	if slices.ContainsFunc(options, func(o Quotation) bool { return len(o.quote.Audits) > 0 }) {
		return "认证报价比较", "Certification: options compared"
	}
	return "售后服务认证报价比较", "After-sales service certification: options compared"
}

// optionLabel names option i (from 0).
func optionLabel(i int) string {
	n := strconv.Itoa(i + 1)
	return "方案 " + n + " Option " + n
}

// cells writes a row's amounts ("—" where an option has no such line) and
// its differences, signed.
func cells(r Row) []string {
	out := make([]string, 0, 2*len(r.Amounts)-1)
	for _, a := range r.Amounts {
		if a.Currency() == "" {
			out = append(out, "—")
		} else {
			out = append(out, a.Grouped())
		}
	}
	for _, d := range r.Differences[1:] {
		text := d.Grouped()
		if !d.IsNegative() && !d.IsZero() {
			text = "+" + text
		}
		out = append(out, text)
	}
	return out
}
