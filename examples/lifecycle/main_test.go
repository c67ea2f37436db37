package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTimeline(t *testing.T) {
	var b strings.Builder
	require.NoError(t, run(&b))
	out := b.String()
	for _, want := range []string{
		// The self-assessment finds the missing 2024 report; the score is 三星.
		"可提交 Ready: 否 no; 自评得分 self-score 86.00 → 三星 Three stars",
		"缺少 2024-01-17 至 2025-01-16 年度的材料",
		// One return, then resubmission.
		"2026-01-27  退回 Return: 已提交 → 已退回（认证机构）",
		"2026-02-03  重新提交 Resubmit: 已退回 → 已提交（申请方）",
		// The minor finding is due 30 days after the last day of stage 2.
		"整改期限 2026-04-17",
		// The company hands in its action; the body accepts the plan: each
		// step is recorded as its own actor's.
		"2026-04-08  提交整改 Submit rectification: 整改 → 整改（申请方）",
		"2026-04-15  审查整改 Review rectification: 整改 → 整改（认证机构）\n            状态 Status: 整改计划已接受 Action plan accepted",
		"2026-04-15  完成整改 Complete rectification: 整改 → 待决定（认证机构）",
		// 86 points is 三星; the certificate runs 3 years less a day.
		"得分 Score 86.00 / 100.00 → 三星 Three stars",
		// The certificate shows the holder's address and the body [17021], [CNCA].
		"  持证人 Holder    上海申联家电售后服务有限公司（91310000132260250X）\n  地址 Address     上海市闵行区申联路88号\n",
		"  认证机构 Body    上海某认证有限公司 (example certification body)\n",
		"到期 Expires     2029-04-19",
		"2027-04-20  监督审核到期 Surveillance audit due（第1次 no. 1）",
		"2028-04-20  监督审核到期 Surveillance audit due（第2次 no. 2）",
		"2029-01-19  再认证申请 Recertification application",
		// The brief's cycle quote: 120 personnel, 8.5 + 3 + 3 person-days.
		"25500.00  初次认证审核费 Initial audit（8.5 person-days × 3000.00）",
		"不含税 Net 52500.00 CNY，增值税 VAT 6%: 3150.00 CNY，合计 Total 55650.00 CNY",
		"大写 In words: 人民币伍万伍仟陆佰伍拾元整",
		"11 步 steps",
		"重放得到 replays to 已认证 Certified",
	} {
		assert.Contains(t, out, want)
	}
}
