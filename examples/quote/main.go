// Command quote prints a certification fee quote as a bilingual table, with
// the total in Chinese capitals.
//
// With no arguments it quotes the brief's case: a Shanghai company with 120
// effective personnel on one site, the whole three-year cycle, on the
// committee's default schedule.
//
//	go run ./examples/quote
//	go run ./examples/quote -personnel 1200 -part initial
//	go run ./examples/quote -sites 5 -discount 10 -travel 1800 -copies 2
//	go run ./examples/quote -schedule my-schedule.json -json
//
// Bad input (a flag, the schedule file, a request the schedule refuses)
// prints the error on stderr and exits with status 2.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/aftersales/certification/fees"
	"github.com/aftersales/certification/internal/dec"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// Exit statuses.
const (
	exitOK       = 0
	exitFailure  = 1 // the output could not be written
	exitBadInput = 2
)

// run is the whole command, testable: it parses args, prints the quote on
// stdout and errors on stderr, and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("quote", flag.ContinueOnError)
	fs.SetOutput(stderr)
	personnel := fs.Int("personnel", 120, "effective personnel (有效人数)")
	sites := fs.Int("sites", 1, "sites, the head office included (场所数)")
	part := fs.String("part", "cycle", "what to quote: initial, surveillance, recertification or cycle")
	discount := fs.String("discount", "0", "discount in percent, 0 to 100, such as 12.5 (not applied to travel)")
	travel := fs.String("travel", "", "travel and lodging estimate, at cost, in the schedule currency, such as 1800")
	copies := fs.Int("copies", 0, "extra certificate copies")
	schedulePath := fs.String("schedule", "", "a JSON fee schedule file (default: the committee's schedule)")
	asJSON := fs.Bool("json", false, "print the quote as JSON")
	if err := fs.Parse(args); err != nil {
		return exitBadInput // flag has printed the problem and the usage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "quote: unexpected argument %q (all input is given by flags; see -help)\n", fs.Arg(0))
		return exitBadInput
	}
	s, err := loadSchedule(*schedulePath)
	if err != nil {
		fmt.Fprintln(stderr, "quote:", err)
		return exitBadInput
	}
	r, err := request(s, *personnel, *sites, *part, *discount, *travel, *copies)
	if err != nil {
		fmt.Fprintln(stderr, "quote:", err)
		return exitBadInput
	}
	q, err := s.Quote(r)
	if err != nil {
		fmt.Fprintln(stderr, "quote:", err)
		return exitBadInput
	}
	if *asJSON {
		err = writeJSON(stdout, q)
	} else {
		err = writeTable(stdout, q, r)
	}
	if err != nil {
		fmt.Fprintln(stderr, "quote:", err)
		return exitFailure
	}
	return exitOK
}

// loadSchedule reads a JSON schedule from path, or returns the default for
// an empty path. Decoding errors name the field.
func loadSchedule(path string) (fees.Schedule, error) {
	if path == "" {
		return fees.DefaultSchedule(), nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return fees.Schedule{}, fmt.Errorf("-schedule: %w", err)
	}
	var s fees.Schedule
	if err := json.Unmarshal(data, &s); err != nil {
		return fees.Schedule{}, fmt.Errorf("-schedule %s: %w", path, err)
	}
	return s, nil
}

// request builds the fee request from the flags' values.
func request(s fees.Schedule, personnel, sites int, part, discount, travel string, copies int) (fees.Request, error) {
	var errs []error
	p, err := fees.ParsePart(part)
	if err != nil {
		errs = append(errs, fmt.Errorf("-part: %w", err))
	}
	d, err := parsePercent(discount)
	if err != nil {
		errs = append(errs, fmt.Errorf("-discount: %w", err))
	}
	var t fees.Money
	if travel != "" {
		if t, err = fees.NewMoney(travel, s.Currency); err != nil {
			errs = append(errs, fmt.Errorf("-travel: %w", err))
		}
	}
	if len(errs) > 0 {
		return fees.Request{}, errors.Join(errs...)
	}
	return fees.Request{Personnel: personnel, Sites: sites, Part: p, Discount: d, Travel: t, ExtraCopies: copies}, nil
}

// parsePercent reads a percentage such as "12.5" in the module's one
// decimal grammar; the range is the quote's to check.
func parsePercent(s string) (decimal.Decimal, error) {
	return dec.Spec{Int: 3, Places: 10}.Parse(s)
}

func writeJSON(w io.Writer, q fees.Quote) error {
	data, err := json.MarshalIndent(q, "", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", data)
	return err
}

// writeTable prints the quote as a bilingual table: each line's basis in
// Chinese and in English, amounts grouped in thousands, the total with the
// currency's symbol and in Chinese capitals.
func writeTable(w io.Writer, q fees.Quote, r fees.Request) error {
	var b strings.Builder
	fmt.Fprintf(&b, "售后服务认证报价 After-sales service certification quote\n")
	fmt.Fprintf(&b, "%s %s · 有效人数 effective personnel %d · 场所 sites %d · 币种 currency %s\n\n",
		q.Part.Chinese(), q.Part.English(), r.Personnel, max(r.Sites, 1), q.Currency)

	rows := [][]string{{"项目 Item", "年度 Year", "依据", "Basis", "金额 Amount"}}
	for _, l := range q.Lines {
		year := "—"
		if l.Year > 0 {
			year = fmt.Sprint(l.Year)
		}
		rows = append(rows, []string{l.Item.Chinese() + " " + l.Item.English(), year, l.ChineseBasis(), l.EnglishBasis(), l.Amount.Grouped()})
	}
	vatLabel := "增值税 VAT " + q.VATRate.Shift(2).String() + " %"
	if q.VATIncluded {
		vatLabel += ", included 含税"
	}
	rows = append(rows, nil,
		[]string{"净额 Net", "", "", "", q.Net.Grouped()},
		[]string{vatLabel, "", "", "", q.VAT.Grouped()},
		[]string{"合计 Total", "", "", "", q.Total.WithSymbol()})
	writeRows(&b, rows, []bool{false, true, false, false, true})

	if words, err := q.Total.Uppercase(); err == nil {
		fmt.Fprintf(&b, "\n大写 In words: %s (%s)\n", words, q.Total.WithCode())
	}
	e := q.Effort
	fmt.Fprintf(&b, "\n审核人日 Audit time (person-days): 初次 initial %s (一阶段 stage 1 %s, 二阶段 stage 2 %s) · 监督 surveillance %s · 再认证 recertification %s\n",
		e.Initial, e.Stage1, e.Stage2, e.Surveillance, e.Recertification)
	for _, line := range e.Basis {
		fmt.Fprintf(&b, "  - %s\n", line)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeRows writes rows as columns two spaces apart, right-aligning the
// columns marked in right. A nil row is a rule.
func writeRows(b *strings.Builder, rows [][]string, right []bool) {
	widths := make([]int, len(right))
	for _, row := range rows {
		for i, cell := range row {
			widths[i] = max(widths[i], width(cell))
		}
	}
	total := 2 * (len(widths) - 1)
	for _, w := range widths {
		total += w
	}
	for _, row := range rows {
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
			if right[i] {
				line.WriteString(pad + cell)
			} else {
				line.WriteString(cell + pad)
			}
		}
		b.WriteString(strings.TrimRight(line.String(), " ") + "\n")
	}
}

// width is the number of terminal columns s takes: two for CJK characters
// and full-width forms, one for everything else.
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
