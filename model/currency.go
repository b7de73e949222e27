package model

import "strings"

// isoCurrencies lists the ISO 4217 codes of currencies people are paid in
// today. Fund and precious-metal codes (BOV, CLF, XAU, …) and currencies
// already replaced (HRK, SLL, ZWL, CUC) are left out on purpose: a posting
// that names one is almost certainly a typo. BGN stays while Bulgarian
// postings written before the 2026 euro switch are still around.
const isoCurrencies = "" +
	"AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL " +
	"BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP " +
	"ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR " +
	"IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL " +
	"LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR " +
	"NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD " +
	"SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX " +
	"USD UYU UZS VED VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG"

var currencySet = func() map[string]bool {
	m := make(map[string]bool, 160)
	for _, c := range strings.Fields(isoCurrencies) {
		m[c] = true
	}
	return m
}()

// KnownCurrency reports whether code is an ISO 4217 code of a currency in
// use, written in capitals ("EUR", not "eur").
func KnownCurrency(code string) bool { return currencySet[code] }
