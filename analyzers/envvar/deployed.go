package envvar

import (
	"fmt"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/internal/deploy"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// reservedLambda lists the environment variables that Lambda sets itself
// and refuses in a function's configuration (AWS Lambda's "Defined
// runtime environment variables": "reserved and cannot be set in your
// function configuration"). TZ, which older pages also list, is left
// out: the pages disagree on it.
var reservedLambda = map[string]bool{
	"_HANDLER":                        true,
	"_X_AMZN_TRACE_ID":                true,
	"AWS_DEFAULT_REGION":              true,
	"AWS_REGION":                      true,
	"AWS_EXECUTION_ENV":               true,
	"AWS_LAMBDA_FUNCTION_NAME":        true,
	"AWS_LAMBDA_FUNCTION_MEMORY_SIZE": true,
	"AWS_LAMBDA_FUNCTION_VERSION":     true,
	"AWS_LAMBDA_INITIALIZATION_TYPE":  true,
	"AWS_LAMBDA_LOG_GROUP_NAME":       true,
	"AWS_LAMBDA_LOG_STREAM_NAME":      true,
	"AWS_ACCESS_KEY":                  true,
	"AWS_ACCESS_KEY_ID":               true,
	"AWS_SECRET_ACCESS_KEY":           true,
	"AWS_SESSION_TOKEN":               true,
	"AWS_LAMBDA_RUNTIME_API":          true,
	"LAMBDA_TASK_ROOT":                true,
	"LAMBDA_RUNTIME_DIR":              true,
}

// reserved reports the environment variables that the deployments of
// the package's Lambda entry points set under a name Lambda reserves,
// at the variable's name in the deployment file: Lambda rejects the
// function's configuration, so the deployment fails.
func reserved(pass *analysis.Pass, m *funcmodel.Model) {
	seen := make(map[deploy.Pos]bool)
	for _, e := range m.Entries {
		for _, fn := range e.Deployed {
			if fn.Platform != deploy.Lambda {
				continue
			}
			for _, v := range fn.Env.Vars {
				if !reservedLambda[v.Name] || seen[v.Pos] || m.DeploySilenced(v.Pos, "envvar") {
					continue
				}
				seen[v.Pos] = true
				pos := m.DeployPos(v.Pos)
				if !pos.IsValid() {
					continue
				}
				what := "deploying " + fn.ID
				if v.Inherited {
					what = "deploying every function that inherits it" // the same position for each
				}
				pass.Report(analysis.Diagnostic{
					Pos: pos,
					Message: fmt.Sprintf("%s is reserved by Lambda, which sets it itself: a function configuration that sets it is rejected, so %s fails; remove it from the environment",
						v.Name, what),
					Related: []analysis.RelatedInformation{{Pos: e.Pos, Message: "the entry point " + e.Name + " that " + fn.ID + " deploys"}},
				})
			}
		}
	}
}
