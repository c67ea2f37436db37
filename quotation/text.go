package quotation

import (
	"io"
	"strings"
)

// WriteText writes q to w as a bilingual text table, in columns that line
// up in a terminal (see the package documentation, # Rendering). Its error
// is w's.
func (q Quotation) WriteText(w io.Writer) error {
	if q.IsZero() {
		return errZero(ErrInvalidQuotation, "Quotation")
	}
	s := newSheet(q)
	var b strings.Builder
	b.WriteString(s.Title + " " + s.EnglishTitle + "\n")
	b.WriteString("编号 No. " + s.Number + " · 签发 Issued " + s.IssuedOn + " · 有效期至 Valid until " + s.ValidUntil + "\n")
	writeCustomer(&b, s.Customer)
	b.WriteString(s.Summary + "\n\n")

	t := table{right: []bool{false, true, false, false, true}}
	t.add("项目 Item", "年度 Year", "依据", "Basis", "金额 Amount")
	for _, l := range s.Lines {
		t.add(l.Name, l.Year, l.ChineseBasis, l.EnglishBasis, l.Amount)
	}
	for _, group := range [...][]labelled{s.Subtotals, s.Totals} {
		if len(group) > 0 {
			t.rule()
		}
		for _, f := range group {
			t.add(f.Label, "", "", "", f.Amount)
		}
	}
	t.write(&b)
	if s.Words != "" {
		b.WriteString("\n大写 In words: " + s.Words + " (" + s.TotalWithCode + ")\n")
	}
	for _, e := range s.Efforts {
		b.WriteString("\n" + e.Line + "\n")
		for _, line := range e.Basis {
			b.WriteString("  - " + line + "\n")
		}
	}
	b.WriteString("\n" + s.Validity + "\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// writeCustomer writes the customer's line.
func writeCustomer(b *strings.Builder, c Customer) {
	b.WriteString("客户 Customer: " + c.Name + " · 统一社会信用代码 Credit code " + c.CreditCode)
	if c.Contact != "" {
		b.WriteString(" · 联系人 Contact " + c.Contact)
	}
	b.WriteString("\n")
}

// WriteText writes c to w as a bilingual text table: a row for each line of
// the options and for their net, VAT and total, a column for each option's
// amount and one for each option's difference from the first, and each
// option's total in Chinese capitals (see the package documentation,
// # Rendering). Its error is w's.
func (c Comparison) WriteText(w io.Writer) error {
	if len(c.options) == 0 {
		return errZero(ErrInvalidComparison, "Comparison")
	}
	bd := newBoard(c)
	var b strings.Builder
	b.WriteString(bd.Title + " " + bd.EnglishTitle + "\n")
	writeCustomer(&b, bd.Customer)
	for _, o := range bd.Options {
		b.WriteString(o.Label + ": " + o.Number + " · " + o.Summary + " · 有效期至 valid until " + o.ValidUntil + "\n")
	}
	b.WriteString("\n")

	t := table{right: []bool{false, true}}
	t.add(append([]string{"项目 Item", "年度 Year"}, bd.Heads...)...)
	for range bd.Heads {
		t.right = append(t.right, true)
	}
	for _, r := range bd.Lines {
		t.add(append([]string{r.Name, r.Year}, r.Cells...)...)
	}
	t.rule()
	for _, r := range bd.Totals {
		t.add(append([]string{r.Name, ""}, r.Cells...)...)
	}
	t.write(&b)
	b.WriteString("\n大写 In words:\n")
	for _, o := range bd.Options {
		words := o.Words
		if words == "" {
			words = "—"
		}
		b.WriteString("  " + o.Label + ": " + words + " (" + o.Total + ")\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// table is rows of cells written as columns two spaces apart, the columns
// marked in right aligned to the right. A nil row is a rule.
type table struct {
	rows  [][]string
	right []bool
}

func (t *table) add(cells ...string) { t.rows = append(t.rows, cells) }

func (t *table) rule() { t.rows = append(t.rows, nil) }

// write writes the table to b, each column as wide as its widest cell.
func (t *table) write(b *strings.Builder) {
	widths := make([]int, len(t.right))
	for _, row := range t.rows {
		for i, cell := range row {
			widths[i] = max(widths[i], width(cell))
		}
	}
	total := 2 * (len(widths) - 1)
	for _, w := range widths {
		total += w
	}
	for _, row := range t.rows {
		if row == nil {
			b.WriteString(strings.Repeat("-", total) + "\n")
			continue
		}
		var line strings.Builder
		for i, cell := range row {
			pad := strings.Repeat(" ", widths[i]-width(cell))
			if i > 0 {
				line.WriteString("  ")
			}
			if t.right[i] {
				line.WriteString(pad + cell)
			} else {
				line.WriteString(cell + pad)
			}
		}
		b.WriteString(strings.TrimRight(line.String(), " ") + "\n")
	}
}

// width is the number of terminal columns s takes: two for East Asian wide
// and full-width characters (CJK ideographs and punctuation, kana, Hangul,
// full-width forms), one for everything else.
func width(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case r >= 0x1100 && r <= 0x115F, r >= 0x2E80 && r <= 0xA4CF, r >= 0xAC00 && r <= 0xD7A3,
			r >= 0xF900 && r <= 0xFAFF, r >= 0xFE30 && r <= 0xFE4F, r >= 0xFF00 && r <= 0xFF60, r >= 0xFFE0 && r <= 0xFFE6:
			n += 2
		default:
			n++
		}
	}
	return n
}
