// Command quote prints a certification quotation (报价单) as a bilingual
// table, with the per-year subtotals, the total in Chinese capitals and the
// last valid day, or sets several options side by side.
//
// With no arguments it quotes the brief's case: a Shanghai company with 120
// effective personnel on one site, the whole three-year cycle, on the
// committee's default schedule, issued on 2026-03-10.
//
//	go run ./examples/quote
//	go run ./examples/quote -personnel 1200 -part initial
//	go run ./examples/quote -sites 5 -discount 10 -travel 1800 -copies 2
//	go run ./examples/quote -customer 深圳某某电子有限公司 -credit-code 91440300708461136T -valid-days 15
//	go run ./examples/quote -compare initial,cycle
//	go run ./examples/quote -standards after_sales,iso9001,iso14001:medium -integration 15
//	go run ./examples/quote -html > quotation.html
//	go run ./examples/quote -schedule my-schedule.json -json
//
// -standards quotes a bundle of certifications for one client: after_sales,
// iso9001, iso14001 and iso45001, the last two with their complexity
// category (iso14001:medium; high, medium, low, and for iso14001 also
// limited). -integration audits the management systems together, reducing
// the sum of their audit times by the percent given (0 to 20), for the
// reason -integration-reason states.
//
// The quotation's ID is derived from its inputs (a name-based UUID), so the
// same inputs give the same number; a sales tool uses IDs of its own.
//
// -h prints the flags and exits with status 0. Bad input (a flag, the
// schedule file, a request the schedule refuses) prints the error on stderr
// and exits with status 2.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/fees"
	"github.com/aftersales/certification/quotation"
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

// options are the flags' values.
type options struct {
	personnel, sites, copies, validDays            int
	part, discount, travel, schedule               string
	customer, creditCode, contact, issued, compare string
	standards, integration, integrationReason      string
	asJSON, asHTML                                 bool
}

// run is the whole command, testable: it parses args, prints the quotation
// on stdout and errors on stderr, and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	o, code, ok := parse(args, stdout, stderr)
	if !ok {
		return code
	}
	qs, err := quote(o)
	if err != nil {
		fmt.Fprintln(stderr, "quote:", err)
		return exitBadInput
	}
	if err := write(stdout, o, qs); err != nil {
		fmt.Fprintln(stderr, "quote:", err)
		if errors.Is(err, quotation.ErrInvalidComparison) {
			return exitBadInput
		}
		return exitFailure
	}
	return exitOK
}

// parse reads the flags. ok is false when the command ends here, with code.
func parse(args []string, stdout, stderr io.Writer) (o options, code int, ok bool) {
	fs := flag.NewFlagSet("quote", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {}
	fs.IntVar(&o.personnel, "personnel", 120, "effective personnel (有效人数)")
	fs.IntVar(&o.sites, "sites", 1, "sites, the head office included (场所数)")
	fs.StringVar(&o.part, "part", "cycle", "what to quote: initial, surveillance, recertification or cycle")
	fs.StringVar(&o.discount, "discount", "0", "discount in percent, 0 to 100, such as 12.5 (not applied to travel)")
	fs.StringVar(&o.travel, "travel", "", "travel and lodging estimate, at cost, in the schedule currency, such as 1800")
	fs.IntVar(&o.copies, "copies", 0, "extra certificate copies")
	fs.StringVar(&o.schedule, "schedule", "", "a JSON fee schedule file (default: the committee's schedule)")
	fs.StringVar(&o.customer, "customer", "上海申联家电售后服务有限公司", "the customer's registered name (客户)")
	fs.StringVar(&o.creditCode, "credit-code", "91310000132260250X", "the customer's unified social credit code (统一社会信用代码)")
	fs.StringVar(&o.contact, "contact", "", "the person to reply to (联系人), optional")
	fs.StringVar(&o.issued, "issued", "2026-03-10", "the issue date, YYYY-MM-DD (a sales tool passes today's)")
	fs.IntVar(&o.validDays, "valid-days", quotation.DefaultValidDays, "days after the issue date the quotation stands (its last valid day)")
	fs.StringVar(&o.compare, "compare", "", "compare parts side by side instead of -part, such as initial,cycle")
	fs.StringVar(&o.standards, "standards", "", "quote a bundle of standards, such as after_sales,iso9001,iso14001:medium")
	fs.StringVar(&o.integration, "integration", "", "audit the management systems together, reducing their time by this percent, 0 to 20")
	fs.StringVar(&o.integrationReason, "integration-reason", defaultIntegrationReason, "why the integrated audit takes less time (kept on record)")
	fs.BoolVar(&o.asJSON, "json", false, "print the quotation (with -compare, the options) as JSON")
	fs.BoolVar(&o.asHTML, "html", false, "print the quotation (with -compare, the comparison) as a printable HTML page")
	err := fs.Parse(args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		usage(fs, stdout)
		return o, exitOK, false
	case err != nil: // flag has printed the problem
		usage(fs, stderr)
		return o, exitBadInput, false
	case fs.NArg() > 0:
		fmt.Fprintf(stderr, "quote: unexpected argument %q (all input is given by flags; see -h)\n", fs.Arg(0))
		return o, exitBadInput, false
	case o.asJSON && o.asHTML:
		fmt.Fprintln(stderr, "quote: -json and -html: choose one")
		return o, exitBadInput, false
	}
	return o, exitOK, true
}

// usage prints the command's flags to w.
func usage(fs *flag.FlagSet, w io.Writer) {
	fmt.Fprintln(w, "usage: quote [flags]: a certification quotation on the committee's schedule, or a comparison of parts")
	fs.SetOutput(w)
	fs.PrintDefaults()
}

// quote makes the quotation the flags ask for, or one for each part to
// compare.
func quote(o options) ([]quotation.Quotation, error) {
	s, err := loadSchedule(o.schedule)
	if err != nil {
		return nil, err
	}
	issued, err := time.Parse(time.DateOnly, o.issued)
	if err != nil {
		return nil, fmt.Errorf("-issued: %q is not a date written YYYY-MM-DD", o.issued)
	}
	parts := []string{o.part}
	if o.compare != "" {
		parts = strings.Split(o.compare, ",")
	}
	var qs []quotation.Quotation
	for _, part := range parts {
		r, err := request(s, o, part)
		if err != nil {
			return nil, err
		}
		in := quotation.Inquiry{Customer: quotation.Customer{Name: o.customer, CreditCode: o.creditCode, Contact: o.contact},
			Request: r, ValidUntil: daysAfter(issued, o.validDays)}
		q, err := quotation.New(derivedID(s, o, part), issued, s, in)
		if err != nil {
			return nil, err
		}
		qs = append(qs, q)
	}
	return qs, nil
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

// request builds the fee request for one part from the flags' values.
func request(s fees.Schedule, o options, part string) (fees.Request, error) {
	var errs []error
	p, err := fees.ParsePart(part)
	if err != nil {
		errs = append(errs, fmt.Errorf("-part: %w", err))
	}
	d, err := parsePercent(o.discount)
	if err != nil {
		errs = append(errs, fmt.Errorf("-discount: %w", err))
	}
	var t fees.Money
	if o.travel != "" {
		if t, err = fees.NewMoney(o.travel, s.Currency); err != nil {
			errs = append(errs, fmt.Errorf("-travel: %w", err))
		}
	}
	standards, err := bundle(o.standards)
	if err != nil {
		errs = append(errs, fmt.Errorf("-standards: %w", err))
	}
	integration, err := integrated(o)
	if err != nil {
		errs = append(errs, fmt.Errorf("-integration: %w", err))
	}
	if len(errs) > 0 {
		return fees.Request{}, errors.Join(errs...)
	}
	return fees.Request{Personnel: o.personnel, Sites: o.sites, Part: p, Discount: d, Travel: t, ExtraCopies: o.copies,
		Standards: standards, Integration: integration}, nil
}

// bundle reads -standards: codes separated by commas, a complexity after a
// colon where the standard's time table has categories. Empty is no
// bundle.
func bundle(list string) ([]fees.BundleStandard, error) {
	if list == "" {
		return nil, nil
	}
	var out []fees.BundleStandard
	for _, item := range strings.Split(list, ",") {
		code, complexity, hasComplexity := strings.Cut(item, ":")
		std, err := fees.ParseStandard(code)
		if err != nil {
			return nil, err
		}
		b := fees.BundleStandard{Standard: std}
		if hasComplexity {
			if b.Complexity, err = audit.ParseComplexity(complexity); err != nil {
				return nil, err
			}
		}
		out = append(out, b)
	}
	return out, nil
}

// defaultIntegrationReason is the reason -integration records unless
// -integration-reason gives one: the conditions of an integrated audit
// [MD11].
const defaultIntegrationReason = "一体化管理体系：文件、内审和管理评审合一 (one integrated management system: shared documentation, internal audit and management review)"

// integrated reads -integration and its reason; nil when the management
// systems are audited separately.
func integrated(o options) (*audit.Integration, error) {
	if o.integration == "" {
		return nil, nil
	}
	reduction, err := parsePercent(o.integration)
	if err != nil {
		return nil, err
	}
	return &audit.Integration{Reduction: reduction, Reason: o.integrationReason}, nil
}

// daysAfter returns the calendar date n days after day.
func daysAfter(day time.Time, n int) time.Time {
	y, m, d := day.Date()
	return time.Date(y, m, d+n, 0, 0, 0, 0, time.UTC)
}

// parsePercent reads a percentage such as "12.5": digits with an optional
// fraction, nothing else; the range is the quote's to check.
func parsePercent(s string) (decimal.Decimal, error) {
	digits := strings.TrimLeft(strings.Replace(s, ".", "", 1), "0123456789")
	if s == "" || digits != "" || s[0] == '.' || s[len(s)-1] == '.' {
		return decimal.Decimal{}, fmt.Errorf("%q is not a percentage such as 12.5", s)
	}
	return decimal.NewFromString(s)
}

// idSpace is the namespace of the IDs this command derives.
var idSpace = uuid.MustParse("3f1c2a9e-5b7d-4e60-9a1b-2c3d4e5f6a7b")

// derivedID returns a name-based UUID of a quotation's inputs (the
// schedule, the customer, the request's flags, the dates and the part), so
// that the same inputs give the same ID and number, whatever the output.
func derivedID(s fees.Schedule, o options, part string) uuid.UUID {
	schedule, _ := json.Marshal(s) // nothing for a schedule that New then refuses
	name := fmt.Appendf(schedule, "|%s|%s|%s|%d|%d|%s|%s|%d|%s|%d|%s", o.customer, o.creditCode, o.contact,
		o.personnel, o.sites, o.discount, o.travel, o.copies, o.issued, o.validDays, part)
	if o.standards != "" {
		name = fmt.Appendf(name, "|%s|%s|%s", o.standards, o.integration, o.integrationReason)
	}
	return uuid.NewSHA1(idSpace, name)
}

// write prints the quotation, or the options and their comparison, in
// the form the flags ask for.
func write(w io.Writer, o options, qs []quotation.Quotation) error {
	if o.compare == "" {
		switch {
		case o.asJSON:
			return writeJSON(w, qs[0])
		case o.asHTML:
			return qs[0].WriteHTML(w)
		}
		return qs[0].WriteText(w)
	}
	c, err := quotation.NewComparison(qs...)
	switch {
	case err != nil:
		return err
	case o.asJSON:
		return writeJSON(w, qs)
	case o.asHTML:
		return c.WriteHTML(w)
	}
	return c.WriteText(w)
}

// writeJSON prints v as indented JSON.
func writeJSON(w io.Writer, v any) error {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", data)
	return err
}
