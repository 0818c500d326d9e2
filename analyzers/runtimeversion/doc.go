// Package runtimeversion defines an Analyzer that reports modules whose
// go directive selects a Go runtime the platform no longer (or does not
// yet) offer.
//
// # Analyzer runtimeversion
//
// runtimeversion: report a go directive naming an unsupported runtime
//
// The platform's runtime table (docs/platform.md, "Go runtimes"): each Go
// runtime (go116, go120, ...) is deprecated on one date and decommissioned
// on a later one. A deprecated runtime gets no security updates; after
// decommissioning, deployments fail. A go directive newer than every
// runtime the platform offers does not build at deploy time either.
//
// runtimeversion reads the go directive of the module (as the package's
// Go version) and reports, at the package clause of a file that declares
// an entry point (see the funcmodel analyzer), a runtime that is
// deprecated or decommissioned on the day of the analysis, with its id,
// its dates and the newest supported runtime, or a version newer than the
// newest runtime. It reports once per package that declares Cloud Run
// functions entry points: normally one, the package at the module root,
// which is where the platform looks for the function. AWS Lambda entry
// points (handlers, and the routes served through API Gateway adapters)
// are not judged: Lambda's Go runtime is a deploy setting
// (provided.al2023, provided.al2), not the go directive.
//
// The flag -runtimeversion.today=YYYY-MM-DD sets the day the dates are
// compared with, for reproducible runs; it defaults to today.
//
// Bad (go.mod):
//
//	go 1.16
//
// Good:
//
//	go 1.25
//
// Known blind spots: a version the platform never offered (Go 1.14, 1.15,
// 1.17) is not judged; the runtime chosen at deploy time (--runtime) is
// not visible to fnlint.
package runtimeversion
