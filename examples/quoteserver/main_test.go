package main

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/fees"
	"github.com/aftersales/certification/quotation"
)

var testID = uuid.MustParse("6ba7b810-9dad-11d1-80b4-00c04fd430c8")

// start serves a server that issues every quotation on 2026-03-10 in
// Shanghai with testID.
func start(t *testing.T) *httptest.Server {
	t.Helper()
	s := &server{schedule: fees.DefaultSchedule(),
		today: func() time.Time { return time.Date(2026, 3, 10, 9, 30, 0, 0, time.FixedZone("CST", 8*60*60)) },
		newID: func() uuid.UUID { return testID }}
	ts := httptest.NewServer(s.routes())
	t.Cleanup(ts.Close)
	return ts
}

func get(t *testing.T, ts *httptest.Server, path string) (int, string, string) {
	t.Helper()
	resp, err := http.Get(ts.URL + path)
	require.NoError(t, err)
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp.StatusCode, resp.Header.Get("Content-Type"), string(body)
}

func post(t *testing.T, ts *httptest.Server, body string) (int, []byte) {
	t.Helper()
	resp, err := http.Post(ts.URL+"/api/quotations", "application/json", strings.NewReader(body))
	require.NoError(t, err)
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	assert.Equal(t, "application/json; charset=utf-8", resp.Header.Get("Content-Type"))
	return resp.StatusCode, data
}

func formQuery(edit func(url.Values)) string {
	v := url.Values{"customer.name": {"上海申联家电售后服务有限公司"}, "customer.credit_code": {"91310000132260250X"},
		"request.personnel": {"120"}, "request.sites": {"1"}, "request.part": {"cycle"}, "request.discount": {"0"}}
	if edit != nil {
		edit(v)
	}
	return "/quotation?" + v.Encode()
}

func TestForm(t *testing.T) {
	ts := start(t)
	code, typ, page := get(t, ts, "/")
	assert.Equal(t, http.StatusOK, code)
	assert.Equal(t, "text/html; charset=utf-8", typ)
	for _, name := range []string{"customer.name", "customer.credit_code", "customer.contact", "request.personnel", "request.sites",
		"request.part", "request.discount", "valid_until"} {
		assert.Contains(t, page, `name="`+name+`"`)
	}
	assert.Contains(t, page, `<option value="cycle" selected>`)
	assert.Contains(t, page, `action="/quotation"`)
}

func TestQuotationPage(t *testing.T) {
	ts := start(t)
	code, typ, page := get(t, ts, formQuery(nil))
	require.Equal(t, http.StatusOK, code, page)
	assert.Equal(t, "text/html; charset=utf-8", typ)
	for _, want := range []string{"Q-20260310-6BA7B8109DAD", "上海申联家电售后服务有限公司", "¥55,650.00", "人民币伍万伍仟陆佰伍拾元整",
		"30,500.00", "2026-04-09"} {
		assert.Contains(t, page, want)
	}

	code, _, page = get(t, ts, formQuery(func(v url.Values) {
		v.Set("customer.name", `<script>alert("x")</script>`)
		v.Set("request.part", "initial")
		v.Set("request.discount", "10")
		v.Set("valid_until", "2026-03-31")
	}))
	require.Equal(t, http.StatusOK, code, page)
	assert.NotContains(t, page, "<script>")
	assert.Contains(t, page, "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;")
	assert.Contains(t, page, "¥29,097.00")
	assert.Contains(t, page, "2026-03-31")
}

func TestQuotationPageBadInput(t *testing.T) {
	ts := start(t)
	cases := []struct {
		name string
		edit func(url.Values)
		want []string
	}{
		{"blank customer", func(v url.Values) { v.Set("customer.name", " ") }, []string{"is blank"}},
		{"invalid credit code", func(v url.Values) { v.Set("customer.credit_code", "91310000132260250Y") }, []string{"check character at position 18"}},
		{"valid until before the issue date", func(v url.Values) { v.Set("valid_until", "2026-03-09") }, []string{"2026-03-09 is before the issue date 2026-03-10"}},
		{"personnel not a number", func(v url.Values) { v.Set("request.personnel", "many") }, []string{"is not a whole number"}},
		{"discount above 100", func(v url.Values) { v.Set("request.discount", "120") }, []string{"120 % is outside 0–100"}},
		{"unknown part", func(v url.Values) { v.Set("request.part", "all") }, []string{"is not a known part"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, _, page := get(t, ts, formQuery(tc.edit))
			assert.Equal(t, http.StatusBadRequest, code)
			assert.Contains(t, page, `<form method="get" action="/quotation">`, "the form again")
			for _, want := range tc.want {
				assert.Contains(t, page, `<p class="error">`)
				assert.Contains(t, page, strings.ReplaceAll(want, `"`, "&#34;"))
			}
			assert.NotContains(t, page, "Q-20260310-", "no quotation")
		})
	}
	// The problem is shown beside its own field, and the values are kept.
	_, _, page := get(t, ts, formQuery(func(v url.Values) { v.Set("customer.credit_code", "123") }))
	assert.Regexp(t, regexp.MustCompile(`name="customer.credit_code" type="text" value="123"></label>\n<p class="error">materials: credit code`), page)
}

func TestCreate(t *testing.T) {
	ts := start(t)
	code, data := post(t, ts, `{"customer":{"name":"上海申联家电售后服务有限公司","credit_code":"91310000132260250X","contact":"王经理"},
		"request":{"personnel":120,"sites":1,"part":"cycle","discount":5},"valid_until":"2026-04-30"}`)
	require.Equal(t, http.StatusCreated, code, string(data))
	var q quotation.Quotation
	require.NoError(t, json.Unmarshal(data, &q))
	assert.Equal(t, testID, q.ID())
	assert.Equal(t, "Q-20260310-6BA7B8109DAD", q.Number())
	assert.Equal(t, "2026-04-30", q.ValidUntil().Format("2006-01-02"))
	assert.Equal(t, "52867.50 CNY", q.Quote().Total.String())
	assert.Equal(t, "人民币伍万贰仟捌佰陆拾柒元伍角", q.TotalInWords())
}

func TestCreateBadInput(t *testing.T) {
	ts := start(t)
	const good = `"customer":{"name":"上海申联家电售后服务有限公司","credit_code":"91310000132260250X"}`
	cases := []struct {
		name, body string
		fields     []string
	}{
		{"blank customer", `{"customer":{"name":"  ","credit_code":"91310000132260250X"},"request":{"personnel":120,"part":"cycle"}}`, []string{"customer.name"}},
		{"invalid credit code", `{"customer":{"name":"A","credit_code":"91310000132260250Y"},"request":{"personnel":120,"part":"cycle"}}`, []string{"customer.credit_code"}},
		{"valid until before the issue date", `{` + good + `,"request":{"personnel":120,"part":"cycle"},"valid_until":"2026-03-09"}`, []string{"valid_until"}},
		{"discount above 100", `{` + good + `,"request":{"personnel":120,"part":"cycle","discount":"120"}}`, []string{"request.discount"}},
		{"personnel beyond the table", `{` + good + `,"request":{"personnel":20000,"part":"cycle"}}`, []string{"request.personnel"}},
		{"several problems", `{"customer":{"name":"","credit_code":"1"},"request":{"personnel":0,"part":"cycle","discount":-1}}`,
			[]string{"customer.name", "customer.credit_code", "request.personnel", "request.discount"}},
		{"customer missing", `{"request":{"personnel":120,"part":"cycle"}}`, []string{"customer"}},
		{"unknown field", `{` + good + `,"request":{"personnel":120,"part":"cycle"},"price":1}`, []string{""}},
		{"not JSON", `personnel=120`, []string{""}},
		{"empty", ``, []string{""}},
		{"too large", `{"x":"` + strings.Repeat("a", 2<<20) + `"}`, []string{""}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, data := post(t, ts, tc.body)
			assert.Equal(t, http.StatusBadRequest, code)
			var got struct {
				Errors []struct{ Field, Message string }
			}
			dec := json.NewDecoder(bytes.NewReader(data))
			dec.DisallowUnknownFields()
			require.NoError(t, dec.Decode(&got), string(data))
			var fields []string
			for _, e := range got.Errors {
				fields = append(fields, e.Field)
				assert.NotEmpty(t, e.Message)
			}
			assert.Equal(t, tc.fields, fields)
		})
	}
}

func TestSchedule(t *testing.T) {
	ts := start(t)
	code, typ, body := get(t, ts, "/api/schedule")
	require.Equal(t, http.StatusOK, code)
	assert.Equal(t, "application/json; charset=utf-8", typ)
	var s fees.Schedule
	require.NoError(t, json.Unmarshal([]byte(body), &s))
	assert.True(t, s.Equal(fees.DefaultSchedule()))
}

func TestRoutes(t *testing.T) {
	ts := start(t)
	code, _, _ := get(t, ts, "/nothing")
	assert.Equal(t, http.StatusNotFound, code)
	code, _, _ = get(t, ts, "/api/quotations")
	assert.Equal(t, http.StatusMethodNotAllowed, code)
}

// TestRun starts the command on a free port, loads the form and checks that
// it stops by itself.
func TestRun(t *testing.T) {
	var out, errOut bytes.Buffer
	done := make(chan int)
	r, w := io.Pipe()
	go func() {
		done <- run([]string{"-addr", "127.0.0.1:0", "-for", "2s"}, io.MultiWriter(&out, w), &errOut)
		w.Close()
	}()
	line, err := readLine(r)
	require.NoError(t, err)
	addr := strings.TrimPrefix(strings.TrimSpace(line), "quoteserver: listening on ")
	resp, err := http.Get(addr)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	go func() { _, _ = io.Copy(io.Discard, r) }()
	select {
	case code := <-done:
		assert.Equal(t, 0, code, errOut.String())
	case <-time.After(20 * time.Second):
		t.Fatal("the server did not stop by itself")
	}
	assert.Contains(t, out.String(), "quoteserver: stopped")

	assert.Equal(t, 0, run([]string{"-h"}, io.Discard, io.Discard))
	assert.Equal(t, 2, run([]string{"-bogus"}, io.Discard, io.Discard))
	assert.Equal(t, 1, run([]string{"-addr", "no-such-host-name.invalid:1"}, io.Discard, io.Discard))
}

// readLine reads one line from r.
func readLine(r io.Reader) (string, error) {
	var b []byte
	one := make([]byte, 1)
	for {
		if _, err := r.Read(one); err != nil {
			return string(b), err
		}
		if one[0] == '\n' {
			return string(b), nil
		}
		b = append(b, one[0])
	}
}
