package registration

import (
	"fmt"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/internal/deploy"
	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// streamingURLs reports the Function URLs of the package's deployments
// (funcmodel.Entry.Deployed) whose invoke mode is not RESPONSE_STREAM
// while the handler they serve streams its response: an http.Handler
// served by lambdaurl (lambdaurl.Start, lambda.Start(lambdaurl.Wrap(h))),
// or a handler that returns events.LambdaFunctionURLStreamingResponse.
// aws-lambda-go's lambdaurl supports only RESPONSE_STREAM; a BUFFERED
// URL (the default) gives the caller the streamed status-and-headers
// prelude as part of a 200 response's body.
func streamingURLs(pass *analysis.Pass, m *funcmodel.Model) {
	seen := make(map[*deploy.FunctionURL]bool)
	for _, e := range m.Entries {
		if e.Platform != funcmodel.Lambda || !streams(pass, e) {
			continue
		}
		for _, fn := range e.Deployed {
			for _, u := range fn.URLs {
				mode := u.InvokeMode
				if seen[u] || mode.IsUnknown() || mode.IsKnown() && strings.EqualFold(mode.V, "RESPONSE_STREAM") {
					continue
				}
				seen[u] = true
				at, what := u.Pos, "has no InvokeMode, so it is BUFFERED"
				if mode.IsKnown() {
					at, what = mode.Pos, "has InvokeMode "+mode.V
				}
				if m.DeploySilenced(at, "registration") {
					continue
				}
				pos := m.DeployPos(at)
				if !pos.IsValid() {
					continue
				}
				pass.Report(analysis.Diagnostic{
					Pos: pos,
					End: funcmodel.DeployEnd(m, mode),
					Message: fmt.Sprintf("the Function URL of %s %s, but %s streams its response, which only RESPONSE_STREAM serves: a buffered URL gives the caller the streamed status and headers as part of a 200 response's body; set InvokeMode to RESPONSE_STREAM",
						fn.ID, what, e.Name),
					Related: []analysis.RelatedInformation{{Pos: e.Pos, Message: e.Name + " streams its response here"}},
				})
			}
		}
	}
}

// streams reports whether the Lambda entry point e streams its
// response: it is served by lambdaurl, or returns a response type whose
// body the runtime streams (knowledge.IsStreamingResponse).
func streams(pass *analysis.Pass, e *funcmodel.Entry) bool {
	if e.FunctionURL {
		return true
	}
	if e.Func == nil {
		return false
	}
	sig := e.Func.Signature(pass.TypesInfo)
	if sig == nil || sig.Results().Len() == 0 {
		return false
	}
	return knowledge.IsStreamingResponse(sig.Results().At(0).Type())
}
