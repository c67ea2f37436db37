package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReport checks that the example prints what its doc comment promises:
// two problems, one warning, and an incomplete result.
func TestReport(t *testing.T) {
	var b strings.Builder
	require.NoError(t, run(&b))
	out := b.String()
	for _, want := range []string{
		// The stand-in for the organisation code certificate [brief]: the licence's credit code
		// meets the organisation code requirement.
		"✓ 组织机构代码证 / Organisation code certificate [必需 required]\n    · 营业执照（上海市市场监督管理局核发）（由营业执照（副本）代替",
		"问题 Problems (2):",
		"1. 法定代表人身份证明“法定代表人居民身份证”：已过期（有效期至 2026-04-30）",
		// Satisfaction reports for each of the last 2 years [brief].
		"2. 客户满意度调查报告：缺少 2024-05-16 至 2025-05-15 年度的材料",
		"提示 Warnings (1):",
		// The licence ends within 90 days (a warning).
		"expires soon: valid until 2026-07-17 (within 90 days of 2026-05-15)",
		"Result: the materials are incomplete",
	} {
		assert.Contains(t, out, want)
	}
}
