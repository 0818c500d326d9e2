package knowledge

// EnvReads maps the Key of each function that reads one environment
// variable to the index of the argument naming it.
var EnvReads = map[string]int{
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
	// Fallbacks are the environment variables and the Keys of the
	// functions that supply the same value: a body that also reads one
	// of them handles the variable's absence.
	Fallbacks []string
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
	metadataPkg = "cloud.google.com/go/compute/metadata."
	projectID   = "set GOOGLE_CLOUD_PROJECT at deploy time, or ask the metadata server (metadata.ProjectIDWithContext)"
)

var projectFallbacks = []string{
	"GOOGLE_CLOUD_PROJECT",
	metadataPkg + "ProjectID",
	metadataPkg + "ProjectIDWithContext",
	metadataPkg + "Client.ProjectID",
	metadataPkg + "Client.ProjectIDWithContext",
}

// LegacyEnv lists the variables the Go 1.13 and later runtimes do not
// set.
var LegacyEnv = []LegacyEnvVar{
	{Name: "GCP_PROJECT", Instead: projectID, Fallbacks: projectFallbacks},
	{Name: "GCLOUD_PROJECT", Instead: projectID, Fallbacks: projectFallbacks},
	{Name: "FUNCTION_NAME", Instead: "read K_SERVICE, which the runtime sets to the function's name", Fallbacks: []string{"K_SERVICE"}},
	{Name: "ENTRY_POINT", Instead: "read FUNCTION_TARGET, which the runtime sets to the function to be executed", Fallbacks: []string{"FUNCTION_TARGET"}},
	{Name: "FUNCTION_REGION", Instead: "set it at deploy time, or ask the metadata server (instance/region)", Fallbacks: []string{metadataPkg + "Get", metadataPkg + "GetWithContext", metadataPkg + "Client.Get", metadataPkg + "Client.GetWithContext"}},
	{Name: "FUNCTION_IDENTITY", Instead: "ask the metadata server for the service account (metadata.EmailWithContext)", Fallbacks: []string{metadataPkg + "Email", metadataPkg + "EmailWithContext", metadataPkg + "Client.Email", metadataPkg + "Client.EmailWithContext"}},
	{Name: "FUNCTION_MEMORY_MB", Instead: "set it at deploy time if the code needs it"},
	{Name: "FUNCTION_TIMEOUT_SEC", Instead: "set it at deploy time if the code needs it, or read the deadline of the invocation's context"},
	{Name: "FUNCTION_TRIGGER_TYPE", Instead: "read FUNCTION_SIGNATURE_TYPE, which the runtime sets to the function's signature type", Fallbacks: []string{"FUNCTION_SIGNATURE_TYPE"}},
}
