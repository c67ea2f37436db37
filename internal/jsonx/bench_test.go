package jsonx_test

import (
	"strings"
	"testing"

	"github.com/aftersales/certification/internal/jsonx"
)

var benchSink any

func BenchmarkDecodeNested(b *testing.B) {
	var sb strings.Builder
	sb.WriteString(`{"a":"x","list":[`)
	for i := 0; i < 200; i++ {
		if i > 0 {
			sb.WriteByte(',')
		}
		sb.WriteString(`{"b":"some text, with \"quotes\" and {braces}","c":[1,2.5,-3e2,true,false,null],"d":{"e":"f"}}`)
	}
	sb.WriteString(`],"count":3}`)
	data := []byte(sb.String())
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		var v any
		if err := jsonx.Decode(data, &v); err != nil {
			b.Fatal(err)
		}
		benchSink = v
	}
}
