// Command quoteserver is a sales tool built on the library: a quotation
// form and page, and a JSON API, in the standard library's net/http.
//
//	go run ./examples/quoteserver                 # http://127.0.0.1:8080/
//	go run ./examples/quoteserver -addr 127.0.0.1:0 -for 2m
//
// GET / is a form (customer, personnel, sites, part, discount, last valid
// day) that opens GET /quotation, the printable quotation page. POST
// /api/quotations takes an inquiry as JSON ({"customer":{…},"request":{…},
// "valid_until":"…"}) and answers 201 with the quotation as JSON, or 400 with
// {"errors":[{"field":"customer.name","message":"is blank"},…]}. GET
// /api/schedule returns the fee schedule. Quotations are issued today in
// China (UTC+8) with a fresh random ID; the server keeps nothing.
//
// It prints the address it listens on, and stops on an interrupt or, with
// -for, after that long.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"html/template"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"slices"
	"strconv"
	"syscall"
	"time"

	"github.com/google/uuid"

	"github.com/aftersales/certification/fees"
	"github.com/aftersales/certification/quotation"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// run parses the flags, serves until it is interrupted or its time is up,
// and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("quoteserver", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "the address to listen on; port 0 picks a free one")
	life := fs.Duration("for", 0, "stop after this long; 0 runs until interrupted")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(stderr, "quoteserver:", err)
		return 1
	}
	fmt.Fprintf(stdout, "quoteserver: listening on http://%s/\n", ln.Addr())
	china := time.FixedZone("CST", 8*60*60)
	s := &server{schedule: fees.DefaultSchedule(), today: func() time.Time { return time.Now().In(china) }, newID: uuid.New}
	srv := &http.Server{Handler: s.routes(), ReadHeaderTimeout: 5 * time.Second}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if *life > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, *life)
		defer cancel()
	}
	go func() { _ = srv.Serve(ln) }()
	<-ctx.Done()
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		fmt.Fprintln(stderr, "quoteserver:", err)
		return 1
	}
	fmt.Fprintln(stdout, "quoteserver: stopped")
	return 0
}

// server answers the requests on one schedule; today and newID give the
// issue date and ID of each quotation.
type server struct {
	schedule fees.Schedule
	today    func() time.Time
	newID    func() uuid.UUID
}

func (s *server) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) { s.form(w, http.StatusOK, url.Values{}, nil) })
	mux.HandleFunc("GET /quotation", s.page)
	mux.HandleFunc("POST /api/quotations", s.create)
	mux.HandleFunc("GET /api/schedule", func(w http.ResponseWriter, r *http.Request) { writeJSON(w, http.StatusOK, s.schedule) })
	return mux
}

// problem is one problem as the API and the form report it.
type problem struct {
	Field   string `json:"field"`
	Message string `json:"message"`
}

// problems lists err's problems, each with the field errors.As finds.
func problems(err error) []problem {
	list := []error{err}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		list = j.Unwrap()
	}
	var out []problem
	for _, e := range list {
		p := problem{Message: e.Error()}
		var fe *quotation.FieldError
		if errors.As(e, &fe) {
			p = problem{Field: fe.Field, Message: fe.Err.Error()}
		}
		out = append(out, p)
	}
	return out
}

// create answers POST /api/quotations.
func (s *server) create(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 1<<20))
	var in quotation.Inquiry
	if err == nil {
		err = in.UnmarshalJSON(body)
	}
	var q quotation.Quotation
	if err == nil {
		q, err = quotation.New(s.newID(), s.today(), s.schedule, in)
	}
	if err != nil {
		writeJSON(w, http.StatusBadRequest, map[string][]problem{"errors": problems(err)})
		return
	}
	writeJSON(w, http.StatusCreated, q)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	data, err := json.Marshal(v)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(append(data, '\n'))
}

// page answers GET /quotation: the quotation page, or the form again with
// the problems beside their fields.
func (s *server) page(w http.ResponseWriter, r *http.Request) {
	in, probs := inquiry(r.URL.Query())
	if probs == nil {
		q, err := quotation.New(s.newID(), s.today(), s.schedule, in)
		if err == nil {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			_ = q.WriteHTML(w)
			return
		}
		probs = problems(err)
	}
	s.form(w, http.StatusBadRequest, r.URL.Query(), probs)
}

// inquiry reads the form's fields, named by their JSON paths, as the JSON
// document the API takes, so that both check the same way and name the same
// fields.
func inquiry(v url.Values) (quotation.Inquiry, []problem) {
	var in quotation.Inquiry
	request := map[string]any{"part": v.Get("request.part")}
	for _, f := range []string{"request.personnel", "request.sites"} {
		if text := v.Get(f); text != "" {
			n, err := strconv.Atoi(text)
			if err != nil {
				return in, []problem{{Field: f, Message: "is not a whole number"}}
			}
			request[f[len("request."):]] = n
		}
	}
	if d := v.Get("request.discount"); d != "" {
		request["discount"] = d
	}
	customer := map[string]string{"name": v.Get("customer.name"), "credit_code": v.Get("customer.credit_code"), "contact": v.Get("customer.contact")}
	doc := map[string]any{"customer": customer, "request": request}
	if d := v.Get("valid_until"); d != "" {
		doc["valid_until"] = d
	}
	data, err := json.Marshal(doc)
	if err == nil {
		err = in.UnmarshalJSON(data)
	}
	if err != nil {
		return in, problems(err)
	}
	return in, nil
}

// input is a field of the form, named by its JSON path.
type input struct {
	Label, Name, Type, Value string
	Errors                   []string
	Options                  [][2]string // a select's codes and labels
}

// form writes the form with the values given and the problems found beside
// their fields; a problem of no field of the form goes on top.
func (s *server) form(w http.ResponseWriter, status int, values url.Values, probs []problem) {
	if len(values) == 0 { // a fresh form shows the brief's case
		values = url.Values{"request.personnel": {"120"}, "request.sites": {"1"}, "request.part": {"cycle"}, "request.discount": {"0"}}
	}
	var parts [][2]string
	for _, p := range fees.Parts() {
		parts = append(parts, [2]string{p.String(), p.Chinese() + " " + p.English()})
	}
	inputs := []input{
		{Label: "客户 Customer", Name: "customer.name"}, {Label: "统一社会信用代码 Credit code", Name: "customer.credit_code"},
		{Label: "联系人 Contact (optional)", Name: "customer.contact"},
		{Label: "有效人数 Effective personnel", Name: "request.personnel", Type: "number"},
		{Label: "场所 Sites", Name: "request.sites", Type: "number"}, {Label: "认证 Part", Name: "request.part", Options: parts},
		{Label: "折扣 Discount %", Name: "request.discount"}, {Label: "有效期至 Valid until (optional)", Name: "valid_until", Type: "date"},
	}
	var top []string
	for _, p := range probs {
		i := slices.IndexFunc(inputs, func(in input) bool { return in.Name == p.Field })
		if i < 0 {
			top = append(top, p.Field+": "+p.Message)
			continue
		}
		inputs[i].Errors = append(inputs[i].Errors, p.Message)
	}
	for i := range inputs {
		inputs[i].Value = values.Get(inputs[i].Name)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_ = formPage.Execute(w, map[string]any{"Top": top, "Inputs": inputs})
}

var formPage = template.Must(template.New("form").Parse(`<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>报价 Quotation</title>
<style>body{font-family:sans-serif;max-width:40em;margin:2em auto}label{display:block;margin:.6em 0}.error{color:#b00}</style></head>
<body><h1>售后服务认证报价 Quotation</h1>
{{range .Top}}<p class="error">{{.}}</p>
{{end}}<form method="get" action="/quotation">
{{range .Inputs}}<label>{{.Label}} {{if .Options}}<select name="{{.Name}}">{{$v := .Value}}{{range .Options}}<option value="{{index . 0}}"{{if eq (index . 0) $v}} selected{{end}}>{{index . 1}}</option>{{end}}</select>{{else}}<input name="{{.Name}}" type="{{or .Type "text"}}" value="{{.Value}}">{{end}}</label>
{{range .Errors}}<p class="error">{{.}}</p>
{{end}}{{end}}<button>报价 Quote</button>
</form></body></html>
`))
