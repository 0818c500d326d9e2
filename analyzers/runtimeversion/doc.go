// Package runtimeversion defines an Analyzer that reports modules whose
// go directive selects a Go runtime the platform no longer (or does not
// yet) offer.
//
// # Analyzer runtimeversion
//
// runtimeversion: report go directives and deployed runtimes past support
//
// The platform's runtime table (docs/platform.md, "Go runtimes"): each Go
// runtime (go116, go120, ..., go127) is deprecated on one date and
// decommissioned on a later one; for the newest runtimes the platform
// gives both as ranges of months ("Feb/March 2027"). A deprecated runtime
// gets no security updates; after decommissioning, deployments fail.
//
// runtimeversion reads the module's go directive (from the module the
// driver describes, or the package's Go version) and reports, at the go
// directive in go.mod, a runtime that is deprecated or decommissioned on
// the day of the analysis, with its id, its dates and the newest
// supported runtime. While the day falls within a range of months, the
// message says that the platform gives no day. A go directive newer than
// every runtime of fnlint's table is a question, not a failure: the
// platform adds runtimes faster than fnlint is released, so the message
// gives the month the table is from and asks to check the platform's
// runtime list.
//
// Every package of the module that declares Cloud Run functions entry
// points reports the same diagnostic at the same place, which fnlint and
// golangci-lint print once per module. AWS Lambda entry points (handlers,
// and the routes served through API Gateway adapters) are not judged:
// Lambda's Go runtime is a deploy setting (provided.al2023,
// provided.al2; the old go1.x runtime is deprecated), not the go
// directive.
//
// Where the deployment files (fnlint help deploy) deploy the package's
// entry points, runtimeversion judges the runtime they set instead, at
// the runtime setting in the file (SAM's Runtime, Globals included;
// serverless.yml's runtime; Terraform's runtime or build_config's;
// gcloud's --runtime): on Lambda, go1.x (the Go 1.x managed runtime) and
// provided (Amazon Linux 1), deprecated since 2023-12-31, and
// provided.al2 and provided.al2023 by AWS's deprecation, block-create and
// block-update dates (provided.al2: 2026-06-30, 2026-07-31, 2026-08-31,
// after which deployments fail); on Cloud Run functions, go1XX by the
// table above, and a go directive newer than the runtime's Go, which the
// platform's build does not build (related: the go directive), when the
// deployed source is the module root: an archive of a package's
// directory below it ships no go.mod, so the build never reads the go
// directive. Where
// every Cloud Run function of the package has a deployment that names
// its runtime, the go directive is not judged: it is not what runs.
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
//	go 1.27
//
// Bad (template.yaml):
//
//	Runtime: go1.x
//
// Good:
//
//	Runtime: provided.al2023
//
// To silence a deliberate case (the runtime is chosen at deploy time with
// --runtime), put //fnlint:ignore runtimeversion with the reason on the
// line above the go directive in go.mod; in a deployment file, a comment
// "# fnlint:ignore runtimeversion reason" on the runtime's line or the
// line above.
//
// Known blind spots: a version the platform never offered (Go 1.14, 1.15,
// 1.17) is not judged; the runtime chosen at deploy time is visible only
// in deployment files fnlint reads (not in a console, or a script it
// does not find), and only as a literal (a variable is unknown); a Lambda
// function is tied to its handler only when its code's directory is the
// main package's (SAM's CodeUri with BuildMethod go1.x, a source
// directory), not through a prebuilt binary or zip. Drivers that do not say where go.mod is (go vet
// before Go 1.27) get the finding at the package clause of each package
// that declares entry points, once per package; fnlint's language
// server, which publishes diagnostics for the Go files of a package,
// does not show a finding in go.mod.
package runtimeversion
