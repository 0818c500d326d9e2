package knowledge

import (
	"go/types"
	"slices"
)

// envReads maps the Key of each function that reads one environment
// variable to the index of the argument naming it (the os and syscall
// documentation: "Getenv retrieves the value of the environment variable
// named by the key").
var envReads = map[string]int{
	"os.Getenv":      0,
	"os.LookupEnv":   0,
	"syscall.Getenv": 0,
}

// A LegacyEnvVar is an environment variable that only the oldest Go
// runtime of Cloud Run functions sets.
type LegacyEnvVar struct {
	Name string
	// Instead says, for messages, where the value comes from on newer
	// runtimes.
	Instead string
	// Fallbacks are the environment variables that supply the same
	// value, and fallbackFuncs the Keys of the functions that do: a body
	// that also reads one of them handles the variable's absence (see
	// SuppliedBy).
	Fallbacks     []string
	fallbackFuncs []string
}

// Sources: the platform's "Using environment variables" page (runtime
// environment variables set automatically), summarized in
// docs/platform.md, "Environment variables": Go 1.13 and later runtimes
// set only FUNCTION_TARGET, FUNCTION_SIGNATURE_TYPE, K_SERVICE,
// K_REVISION and PORT (K_SERVICE: the name of the function resource;
// FUNCTION_TARGET: the function to be executed); the variables below
// were set by the older runtimes only, of Go's the Go 1.11 runtime.
// GOOGLE_CLOUD_PROJECT is not set by the runtime: the user sets it at
// deploy time, or the project id comes from the metadata server.

// LegacyEnvMinor is the last Go minor version whose runtime sets the
// legacy variables (go111). Go 1.12 is not judged: the platform's pages
// do not say which list its runtime had.
const LegacyEnvMinor = 11

// ModernEnvMinor is the first Go minor version whose runtime sets only
// the newer variables.
const ModernEnvMinor = 13

const (
	metadataPkg = "cloud.google.com/go/compute/metadata"
	projectID   = "set GOOGLE_CLOUD_PROJECT at deploy time, or ask the metadata server (metadata.ProjectIDWithContext)"
)

// metadataCalls returns the Keys of the metadata package's functions
// and (*Client) methods of these names.
func metadataCalls(names ...string) []string {
	var keys []string
	for _, n := range names {
		keys = append(keys, metadataPkg+"."+n, method("*"+metadataPkg+".Client", n))
	}
	return keys
}

// LegacyEnv lists the variables the Go 1.13 and later runtimes do not
// set.
var LegacyEnv = []LegacyEnvVar{
	{Name: "GCP_PROJECT", Instead: projectID, Fallbacks: []string{"GOOGLE_CLOUD_PROJECT"}, fallbackFuncs: metadataCalls("ProjectID", "ProjectIDWithContext")},
	{Name: "GCLOUD_PROJECT", Instead: projectID, Fallbacks: []string{"GOOGLE_CLOUD_PROJECT"}, fallbackFuncs: metadataCalls("ProjectID", "ProjectIDWithContext")},
	{Name: "FUNCTION_NAME", Instead: "read K_SERVICE, which the runtime sets to the function's name", Fallbacks: []string{"K_SERVICE"}},
	{Name: "ENTRY_POINT", Instead: "read FUNCTION_TARGET, which the runtime sets to the function to be executed", Fallbacks: []string{"FUNCTION_TARGET"}},
	{Name: "FUNCTION_REGION", Instead: "set it at deploy time, or ask the metadata server (instance/region)", fallbackFuncs: metadataCalls("Get", "GetWithContext")},
	{Name: "FUNCTION_IDENTITY", Instead: "ask the metadata server for the service account (metadata.EmailWithContext)", fallbackFuncs: metadataCalls("Email", "EmailWithContext")},
	{Name: "FUNCTION_MEMORY_MB", Instead: "set it at deploy time if the code needs it"},
	{Name: "FUNCTION_TIMEOUT_SEC", Instead: "set it at deploy time if the code needs it, or read the deadline of the invocation's context"},
	{Name: "FUNCTION_TRIGGER_TYPE", Instead: "read FUNCTION_SIGNATURE_TYPE, which the runtime sets to the function's signature type", Fallbacks: []string{"FUNCTION_SIGNATURE_TYPE"}},
}

// EnvReadOf returns, when fn reads one environment variable (os.Getenv),
// the index of the argument naming it.
func EnvReadOf(fn *types.Func) (int, bool) { return lookup(envReads, fn) }

// HasFallbacks reports whether some variable or call supplies v's value.
func (v *LegacyEnvVar) HasFallbacks() bool { return len(v.Fallbacks)+len(v.fallbackFuncs) > 0 }

// SuppliedBy reports whether a call of fn supplies v's value
// (metadata.ProjectIDWithContext for GCP_PROJECT).
func (v *LegacyEnvVar) SuppliedBy(fn *types.Func) bool {
	if fn == nil {
		return false
	}
	key := Key(fn)
	alt, _ := otherReceiver(key)
	return slices.Contains(v.fallbackFuncs, key) || alt != "" && slices.Contains(v.fallbackFuncs, alt)
}
