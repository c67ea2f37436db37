package quotation

import (
	"math"
	"slices"

	"github.com/aftersales/certification/fees"
	"github.com/aftersales/certification/internal/errs"
)

// Comparison sets options side by side: quotations for one customer, in one
// currency, line by line and in total (see the package documentation,
// # Comparisons). It is an immutable value built by [NewComparison].
type Comparison struct {
	options []Quotation
	lines   []Row
	totals  []Row
}

// Row is one row of a [Comparison]: a line that one or more options have,
// or the net, the VAT or the total.
type Row struct {
	// Item is the line's item; 0 for the net, the VAT and the total.
	Item fees.Item
	// Year is the line's year, 0 for a line of the whole quote and for the
	// net, the VAT and the total.
	Year int
	// Chinese and English name the row.
	Chinese, English string
	// Amounts holds each option's amount, in the options' order; the zero
	// Money, of no currency, where an option has no such line.
	Amounts []fees.Money
	// Differences holds each option's amount less the first option's, a
	// missing line counting as 0; the first is always 0.
	Differences []fees.Money
}

// NewComparison sets the options side by side, the first being the one the
// others are measured against (see the package documentation,
// # Comparisons).
//
// Errors match [ErrInvalidComparison] and name the option at fault: fewer
// than two options ("options"), the zero Quotation ("options[1]"), an ID
// that an earlier option has ("options[1].id"), another customer than the
// first option's ("options[1].customer") and another currency
// ("options[1].quote.currency").
func NewComparison(options ...Quotation) (Comparison, error) {
	if err := checkOptions(options); err != nil {
		return Comparison{}, err
	}
	c := Comparison{options: slices.Clone(options), totals: totalRows(options)}
	for i, o := range options {
		c.lines = placeLines(c.lines, len(options), i, o.quote.Lines)
	}
	zero, err := fees.MoneyFromMinor(0, options[0].quote.Currency)
	for _, rows := range [...][]Row{c.lines, c.totals} {
		for i := 0; i < len(rows) && err == nil; i++ {
			rows[i].Differences, err = differences(rows[i].Amounts, zero)
		}
	}
	if err != nil {
		return Comparison{}, errs.Wrap(ErrInvalidComparison, "options", err)
	}
	return c, nil
}

// totalRows returns the rows of the options' net, VAT and total.
func totalRows(options []Quotation) []Row {
	rows := []Row{{Chinese: "净额", English: "Net"}, {Chinese: "增值税", English: "VAT"}, {Chinese: "合计", English: "Total"}}
	for j := range rows {
		rows[j].Amounts = make([]fees.Money, len(options))
	}
	for i, o := range options {
		rows[0].Amounts[i], rows[1].Amounts[i], rows[2].Amounts[i] = o.quote.Net, o.quote.VAT, o.quote.Total
	}
	return rows
}

// checkOptions reports every reason the options cannot be compared.
func checkOptions(options []Quotation) error {
	if len(options) < 2 {
		return errs.New(ErrInvalidComparison, "options", "%d, a comparison needs at least 2", len(options))
	}
	var l errs.List
	first := options[0]
	for i, o := range options {
		at := errs.Index("options", i)
		switch {
		case o.IsZero():
			l.New(ErrInvalidComparison, at, "is the zero Quotation")
			continue
		case i == 0 || first.IsZero():
			continue
		}
		for j, p := range options[:i] {
			if p.id == o.id {
				l.New(ErrInvalidComparison, errs.Path(at, "id"), "%s is the ID of options[%d]", o.id, j)
				break
			}
		}
		if o.inquiry.Customer != first.inquiry.Customer {
			l.New(ErrInvalidComparison, errs.Path(at, "customer"), "%s is not the first option's customer, %s",
				errs.Quote(o.inquiry.Customer.Name), errs.Quote(first.inquiry.Customer.Name))
		}
		if o.quote.Currency != first.quote.Currency {
			l.New(ErrInvalidComparison, errs.Path(at, "quote.currency"), "%s is not the first option's currency, %s",
				o.quote.Currency, first.quote.Currency)
		}
	}
	return l.Err()
}

// rowKey tells the lines of a comparison apart: the same item, year and
// name, and the how-manyth such line of its option it is.
type rowKey struct {
	item             fees.Item
	year             int
	chinese, english string
	nth              int
}

// placeLines puts the lines of option i of n into rows: a line that a row
// already holds fills the option's amount there, any other gets a new row
// after the row of the option's line before it and after the rows of
// earlier years that follow that one (a year's lines before those of the
// whole quote), so that every option's lines keep their order.
func placeLines(rows []Row, n, i int, lines []fees.Line) []Row {
	seen := map[rowKey]int{}
	pos := -1
	for _, l := range lines {
		zh, en := l.ChineseName(), l.EnglishName()
		base := rowKey{item: l.Item, year: l.Year, chinese: zh, english: en}
		k := base
		k.nth = seen[base]
		seen[base]++
		r := findRow(rows, k)
		if r < 0 {
			r = pos + 1
			for r < len(rows) && yearRank(rows[r].Year) < yearRank(l.Year) {
				r++
			}
			rows = slices.Insert(rows, r, Row{Item: l.Item, Year: l.Year, Chinese: zh, English: en, Amounts: make([]fees.Money, n)})
		}
		rows[r].Amounts[i] = l.Amount
		pos = max(pos, r)
	}
	return rows
}

// yearRank orders years as a quote's lines do: year by year, then the
// lines of the whole quote (year 0).
func yearRank(year int) int {
	if year == 0 {
		return math.MaxInt
	}
	return year
}

// findRow returns the index of the row of k, -1 when there is none.
func findRow(rows []Row, k rowKey) int {
	nth := 0
	for r, row := range rows {
		if row.Item != k.item || row.Year != k.year || row.Chinese != k.chinese || row.English != k.english {
			continue
		}
		if nth == k.nth {
			return r
		}
		nth++
	}
	return -1
}

// differences returns each amount less the first, a missing amount counting
// as zero, the comparison's 0. The amounts of a row have one currency and
// one sign, so no difference is out of bounds.
func differences(amounts []fees.Money, zero fees.Money) ([]fees.Money, error) {
	out := make([]fees.Money, len(amounts))
	for i, a := range amounts {
		d, err := zero.Add(a)
		if err == nil {
			d, err = d.Sub(amounts[0])
		}
		if err != nil {
			return nil, err
		}
		out[i] = d
	}
	return out, nil
}

// Options returns the options compared, in their order.
func (c Comparison) Options() []Quotation { return slices.Clone(c.options) }

// Lines returns a row for each line of the options, in the options' order
// of lines.
func (c Comparison) Lines() []Row { return cloneRows(c.lines) }

// Totals returns the rows of the net, the VAT and the total.
func (c Comparison) Totals() []Row { return cloneRows(c.totals) }

// cloneRows returns rows with slices of their own.
func cloneRows(rows []Row) []Row {
	out := make([]Row, len(rows))
	for i, r := range rows {
		r.Amounts = slices.Clone(r.Amounts)
		r.Differences = slices.Clone(r.Differences)
		out[i] = r
	}
	return out
}
