package audit_test

import (
	"encoding/json"
	"testing"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/internal/enum"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestKindLabels(t *testing.T) {
	cases := []struct {
		kind                   audit.Kind
		code, chinese, english string
	}{
		{audit.Stage1, "stage1", "第一阶段审核", "Stage 1 audit"},
		{audit.Stage2, "stage2", "第二阶段审核", "Stage 2 audit"},
		{audit.Surveillance, "surveillance", "监督审核", "Surveillance audit"},
		{audit.Recertification, "recertification", "再认证审核", "Recertification audit"},
		{audit.Special, "special", "特殊审核", "Special audit"},
	}
	require.Len(t, audit.Kinds(), len(cases))
	for i, c := range cases {
		t.Run(c.code, func(t *testing.T) {
			assert.Equal(t, c.kind, audit.Kinds()[i])
			assert.True(t, c.kind.IsValid())
			assert.Equal(t, audit.Kind(i+1), c.kind, "values start at 1; 0 is unknown")
			assert.Equal(t, c.code, c.kind.String())
			assert.Equal(t, c.chinese, c.kind.Chinese())
			assert.Equal(t, c.english, c.kind.English())
			got, err := audit.ParseKind(c.code)
			require.NoError(t, err)
			assert.Equal(t, c.kind, got)
			text, err := c.kind.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, c.code, string(text))
		})
	}
}

func TestKindInvalid(t *testing.T) {
	for _, k := range []audit.Kind{0, audit.Special + 1, 255} {
		assert.False(t, k.IsValid())
		assert.Empty(t, k.Chinese())
		assert.Empty(t, k.English())
		_, err := k.MarshalText()
		assert.ErrorIs(t, err, enum.ErrUnknown)
	}
	assert.Equal(t, "kind(0)", audit.Kind(0).String())
	for _, bad := range []string{"", "Stage1", "stage 1", "stage_1", "initial", "kind(0)"} {
		_, err := audit.ParseKind(bad)
		assert.ErrorIs(t, err, enum.ErrUnknown, bad)
		assert.Contains(t, err.Error(), "audit: unknown code: ")
		assert.Contains(t, err.Error(), "is not a known kind")
	}
	k := audit.Surveillance
	require.Error(t, k.UnmarshalText([]byte("annual")))
	assert.Equal(t, audit.Surveillance, k, "a failed decode leaves the kind as it was")
}

func TestKindJSON(t *testing.T) {
	type plan struct {
		Kind audit.Kind `json:"kind"`
	}
	data, err := json.Marshal(plan{Kind: audit.Recertification})
	require.NoError(t, err)
	assert.Equal(t, `{"kind":"recertification"}`, string(data))
	var back plan
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, audit.Recertification, back.Kind)
	assert.Error(t, json.Unmarshal([]byte(`{"kind":"yearly"}`), &back))
	assert.Error(t, json.Unmarshal([]byte(`{"kind":3}`), &back))
	_, err = json.Marshal(plan{})
	assert.Error(t, err, "the unknown kind does not encode")
}

func FuzzParseKind(f *testing.F) {
	for _, k := range audit.Kinds() {
		f.Add(k.String())
	}
	f.Add("")
	f.Fuzz(func(t *testing.T, code string) {
		k, err := audit.ParseKind(code)
		if err != nil {
			assert.Equal(t, audit.Kind(0), k)
			return
		}
		assert.True(t, k.IsValid())
		assert.Equal(t, code, k.String())
		again, err := audit.ParseKind(k.String())
		require.NoError(t, err)
		assert.Equal(t, k, again)
	})
}
