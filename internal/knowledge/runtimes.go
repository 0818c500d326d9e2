package knowledge

import (
	"fmt"
	"go/version"
	"strconv"
	"strings"
	"time"
)

// RuntimesAsOf is the month the runtime table was last checked against
// the platform's Go runtime page (docs/platform.md, "Go runtimes"). The
// platform adds runtimes faster than fnlint is released: a go directive
// newer than every row is a question for that page, not a failure.
const RuntimesAsOf = "2026-12"

// A Runtime is a Go runtime of Cloud Run functions, from the table in
// docs/platform.md.
type Runtime struct {
	ID             string // go125
	Minor          int    // 25 for Go 1.25
	Stack          string // the base image's stack: google-22-full
	Deprecated     RuntimeDate
	Decommissioned RuntimeDate
}

// A RuntimeDate is a date the platform gives for a runtime, as precisely
// as it gives it: a day ("2024-05-01"), a month ("2021-02"), or a range of
// months ("Feb/March 2027" is From "2027-02", To "2027-03"). The zero
// RuntimeDate is no published date.
type RuntimeDate struct {
	From string // "YYYY-MM-DD" or "YYYY-MM"
	To   string // the last month of a range, "YYYY-MM"; "" when From is the whole date
}

// OnDate is a date given as one day or one month.
func OnDate(date string) RuntimeDate { return RuntimeDate{From: date} }

// InMonths is a date given as a range of months.
func InMonths(from, to string) RuntimeDate { return RuntimeDate{From: from, To: to} }

// IsZero reports whether no date is published.
func (d RuntimeDate) IsZero() bool { return d.From == "" }

// Earliest returns the first day the date may denote, or the zero time.
func (d RuntimeDate) Earliest() time.Time { return parseDate(d.From) }

// Certain returns the first day by which the date has surely passed: the
// day itself, the first day of the month given, or the day after the
// range's last month; the zero time when none is published.
func (d RuntimeDate) Certain() time.Time {
	switch {
	case d.From == "":
		return time.Time{}
	case d.To != "":
		return parseDate(d.To).AddDate(0, 1, 0)
	}
	return parseDate(d.From)
}

// IsRange reports whether the platform gives only a range of months.
func (d RuntimeDate) IsRange() bool { return d.To != "" }

func (d RuntimeDate) String() string {
	if d.To != "" {
		return fmt.Sprintf("between %s and %s", d.From, d.To)
	}
	return d.From
}

// parseDate parses "YYYY-MM-DD" or "YYYY-MM"; it returns the zero time
// for anything else.
func parseDate(s string) time.Time {
	for _, layout := range []string{time.DateOnly, "2006-01"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

// Runtimes lists the platform's Go runtimes, newest first. Source: the
// platform's Go runtime page as of RuntimesAsOf (the rows of Go 1.26 and
// 1.27 give their dates as ranges of months); stacks from the runtime
// images' paths (REGION-docker.pkg.dev/serverless-runtimes/STACK/...).
var Runtimes = []Runtime{
	{ID: "go127", Minor: 27, Stack: "google-24", Deprecated: InMonths("2027-08", "2027-09"), Decommissioned: InMonths("2028-02", "2028-03")},
	{ID: "go126", Minor: 26, Stack: "google-24", Deprecated: InMonths("2027-02", "2027-03"), Decommissioned: InMonths("2027-08", "2027-09")},
	{ID: "go125", Minor: 25, Stack: "google-22-full"},
	{ID: "go124", Minor: 24, Stack: "google-22-full"},
	{ID: "go123", Minor: 23, Stack: "google-22-full"},
	{ID: "go122", Minor: 22, Stack: "google-22-full"},
	{ID: "go121", Minor: 21, Stack: "google-22-full"},
	{ID: "go120", Minor: 20, Stack: "google-22-full", Deprecated: OnDate("2024-05-01"), Decommissioned: OnDate("2025-05-01")},
	{ID: "go119", Minor: 19, Stack: "google-22-full", Deprecated: OnDate("2024-04-30"), Decommissioned: OnDate("2025-01-30")},
	{ID: "go118", Minor: 18, Stack: "google-22-full", Deprecated: OnDate("2024-01-30"), Decommissioned: OnDate("2025-01-30")},
	{ID: "go116", Minor: 16, Stack: "google-18-full", Deprecated: OnDate("2024-01-30"), Decommissioned: OnDate("2025-01-30")},
	{ID: "go113", Minor: 13, Stack: "google-18-full", Deprecated: OnDate("2024-01-30"), Decommissioned: OnDate("2025-01-30")},
	{ID: "go112", Minor: 12, Stack: "google-18-full", Deprecated: OnDate("2024-01-30"), Decommissioned: OnDate("2025-01-30")},
	{ID: "go111", Minor: 11, Stack: "google-18-full", Deprecated: OnDate("2020-08-05"), Decommissioned: OnDate("2021-02")},
}

// GoMinor returns the minor version of a Go version as a package's
// GoVersion spells it ("go1.21", "go1.21.0", "go1.22rc1") or as go list
// spells a module's ("1.21.0"); it reports false for anything else
// ("devel", "").
func GoMinor(v string) (int, bool) {
	if !strings.HasPrefix(v, "go") {
		v = "go" + v
	}
	minor, ok := strings.CutPrefix(version.Lang(v), "go1.")
	if !ok {
		return 0, false
	}
	n, err := strconv.Atoi(minor)
	return n, err == nil
}
