package knowledge

// A Runtime is a Go runtime of Cloud Run functions, from the table in
// docs/platform.md. Dates are "YYYY-MM-DD", or "YYYY-MM" where only the
// month is published, or "" where none is.
type Runtime struct {
	ID             string // go125
	Minor          int    // 25 for Go 1.25
	Deprecated     string
	Decommissioned string
}

// Runtimes lists the platform's Go runtimes, newest first.
var Runtimes = []Runtime{
	{ID: "go125", Minor: 25},
	{ID: "go124", Minor: 24},
	{ID: "go123", Minor: 23},
	{ID: "go122", Minor: 22},
	{ID: "go121", Minor: 21},
	{ID: "go120", Minor: 20, Deprecated: "2024-05-01", Decommissioned: "2025-05-01"},
	{ID: "go119", Minor: 19, Deprecated: "2024-04-30", Decommissioned: "2025-01-30"},
	{ID: "go118", Minor: 18, Deprecated: "2024-01-30", Decommissioned: "2025-01-30"},
	{ID: "go116", Minor: 16, Deprecated: "2024-01-30", Decommissioned: "2025-01-30"},
	{ID: "go113", Minor: 13, Deprecated: "2024-01-30", Decommissioned: "2025-01-30"},
	{ID: "go112", Minor: 12, Deprecated: "2024-01-30", Decommissioned: "2025-01-30"},
	{ID: "go111", Minor: 11, Deprecated: "2020-08-05", Decommissioned: "2021-02"},
}
