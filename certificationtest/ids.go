package certificationtest

import (
	"fmt"
	"strconv"

	"github.com/google/uuid"

	"github.com/aftersales/certification/application"
)

// namespace is the name space of the IDs [ID] derives: the version 5 UUID of
// the package's URL in the URL name space.
var namespace = uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://github.com/aftersales/certification/certificationtest"))

// ID returns the ID named name under seed: the version 5 (SHA-1) UUID of
// "name/seed" in the package's name space (see the package doc's Seeds
// section). The same name and seed always give the same ID, and it is never
// uuid.Nil.
func ID(seed uint64, name string) uuid.UUID {
	return uuid.NewSHA1(namespace, []byte(name+"/"+strconv.FormatUint(seed, 10)))
}

// Applicant returns the test company of seed (see the package doc's Seeds
// section): "上海测试<seed>有限公司", the credit code of an enterprise in
// 310000 with organisation code [OrganizationCode](seed), a legal
// representative and an address, 120 effective personnel and one site, and
// no scope of its own. It passes application.Applicant.Validate.
func Applicant(seed uint64) application.Applicant {
	return application.Applicant{
		Name:                fmt.Sprintf("上海测试%d有限公司", seed),
		CreditCode:          creditCode(Enterprise, companyDivision, seed),
		LegalRepresentative: "张三",
		Address:             "上海市徐汇区测试路 1 号",
		Personnel:           120,
		Sites:               1,
	}
}
