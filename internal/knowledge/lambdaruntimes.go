package knowledge

import "strings"

// A LambdaRuntime is an AWS Lambda runtime that runs Go handlers: Go
// compiles to a binary, so Lambda runs it on an OS-only runtime (the
// provided family); the Go 1.x managed runtime ran the same binary
// under another name.
type LambdaRuntime struct {
	ID string // provided.al2023
	// Deprecated is when Lambda stops patching the runtime; after
	// BlockCreate no function may be created on it, after BlockUpdate
	// none updated: a deployment fails.
	Deprecated, BlockCreate, BlockUpdate RuntimeDate
}

// LambdaRuntimes lists the Lambda runtimes that Go handlers run on,
// newest first. Sources, as of RuntimesAsOf: the "Go runtime support"
// table of AWS Lambda's Go guide (provided.al2023 and provided.al2,
// each with its deprecation, block-create and block-update days), and,
// for go1.x and provided (Amazon Linux 1), AWS's Compute Blog "Managing
// AWS Lambda runtime upgrades" (deprecation on Dec 31, 2023; the Go
// guide says only that the Go 1.x managed runtime is deprecated and
// that functions on it must move to provided.al2023 or provided.al2).
var LambdaRuntimes = []LambdaRuntime{
	{ID: "provided.al2023", Deprecated: OnDate("2029-06-30"), BlockCreate: OnDate("2029-07-31"), BlockUpdate: OnDate("2029-08-31")},
	{ID: "provided.al2", Deprecated: OnDate("2026-06-30"), BlockCreate: OnDate("2026-07-31"), BlockUpdate: OnDate("2026-08-31")},
	{ID: "go1.x", Deprecated: OnDate("2023-12-31")},
	{ID: "provided", Deprecated: OnDate("2023-12-31")},
}

// LambdaRuntimeOf returns the row of LambdaRuntimes whose id is id (as a
// template spells it: case is not significant to Lambda's API).
func LambdaRuntimeOf(id string) (LambdaRuntime, bool) {
	for _, rt := range LambdaRuntimes {
		if strings.EqualFold(rt.ID, id) {
			return rt, true
		}
	}
	return LambdaRuntime{}, false
}

// CloudRuntimeOf returns the row of Runtimes whose id is id (go121), and
// the minor version the id names whether the table has it or not: a
// runtime newer than the table is a question, not a failure.
func CloudRuntimeOf(id string) (rt Runtime, minor int, ok bool) {
	rest, found := strings.CutPrefix(strings.ToLower(id), "go1")
	if !found || len(rest) != 2 {
		return Runtime{}, 0, false
	}
	for _, c := range rest {
		if c < '0' || c > '9' {
			return Runtime{}, 0, false
		}
		minor = minor*10 + int(c-'0')
	}
	for _, r := range Runtimes {
		if r.Minor == minor {
			return r, minor, true
		}
	}
	return Runtime{}, minor, true
}
