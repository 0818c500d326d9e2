package batchfailure

import (
	"fmt"
	"go/ast"
	"go/types"
	"path/filepath"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/internal/deploy"
	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// batchTriggers maps each batch event of aws-lambda-go to the trigger
// of the event source mapping that delivers it.
var batchTriggers = map[string]deploy.Trigger{
	"SQSEvent":      deploy.TriggerSQS,
	"KinesisEvent":  deploy.TriggerKinesis,
	"DynamoDBEvent": deploy.TriggerDynamoDB,
}

// configured checks handler h against the event source mappings that
// its deployments attach to it (funcmodel.Entry.Deployed: a mapping
// declared with the function, or naming it): a handler that returns a
// batch response needs ReportBatchItemFailures on the mapping, or
// Lambda ignores the response; a handler that returns only an error
// under a mapping that enables it reports no record's failure.
func (c *checker) configured(h handler) {
	event, ok := batchEventName(c.pass, h)
	if !ok {
		return
	}
	want := batchTriggers[event]
	info := knowledge.BatchEvents[event]
	seen := make(map[*deploy.Event]bool)
	for _, fn := range h.entry.Deployed {
		for _, ev := range fn.Events {
			if ev.Trigger != want || seen[ev] {
				continue
			}
			seen[ev] = true
			rbif := ev.ReportBatchItemFailures
			switch {
			case h.responds && (rbif.IsAbsent() || rbif.IsKnown() && !rbif.V):
				c.responseIgnored(h, fn, ev, info)
			case !h.responds && !h.silent && rbif.IsKnown() && rbif.V && failsSometimes(h.f):
				c.responseMissing(h, fn, ev, info)
			}
		}
	}
}

// responseIgnored reports, at the mapping, a mapping without
// ReportBatchItemFailures whose handler returns a batch response.
func (c *checker) responseIgnored(h handler, fn *deploy.Function, ev *deploy.Event, info knowledge.BatchEvent) {
	m := c.m
	at := ev.Pos
	if ev.ReportBatchItemFailures.Key.IsValid() {
		at = ev.ReportBatchItemFailures.Key // the setting written without it
	}
	if m.DeploySilenced(at, "batchfailure") {
		return
	}
	pos := m.DeployPos(at)
	if !pos.IsValid() {
		return
	}
	lost := "deleted from the queue"
	if ev.Trigger != deploy.TriggerSQS {
		lost = "passed over by the stream"
	}
	name := h.f.Name()
	c.pass.Report(analysis.Diagnostic{
		Pos: pos,
		Message: fmt.Sprintf("the %s event source mapping of %s does not enable ReportBatchItemFailures, so Lambda ignores the %s that %s returns: a failed record counts as processed and is %s; %s",
			ev.Trigger, fn.ID, info.Response, name, lost, enableHint(fn.Format)),
		Related: []analysis.RelatedInformation{{Pos: h.entry.Pos, Message: fmt.Sprintf("%s returns events.%s", name, info.Response)}},
	})
}

// responseMissing reports, at the handler, a handler that returns only
// an error under a mapping that enables ReportBatchItemFailures.
func (c *checker) responseMissing(h handler, fn *deploy.Function, ev *deploy.Event, info knowledge.BatchEvent) {
	m := c.m
	setting := m.DeployPos(ev.ReportBatchItemFailures.Pos)
	if !setting.IsValid() {
		setting = m.DeployPos(ev.Pos)
	}
	pos := h.entry.Pos
	if d, ok := h.f.Node.(*ast.FuncDecl); ok {
		pos = d.Name.Pos()
	}
	c.pass.Report(analysis.Diagnostic{
		Pos: pos,
		Message: fmt.Sprintf("the %s event source mapping of %s (%s) enables ReportBatchItemFailures, but %s returns only an error: an error still makes Lambda deliver the whole batch again, %s already processed included; return events.%s listing the failed records' %s in BatchItemFailures, and a nil error",
			ev.Trigger, fn.ID, filepath.Base(fn.Pos.File), h.f.Name(), info.Records, info.Response, info.ID),
		Related: []analysis.RelatedInformation{{Pos: setting, Message: "ReportBatchItemFailures enabled here"}},
	})
}

// enableHint says how the deployment file's format enables partial
// batch responses.
func enableHint(f deploy.Format) string {
	switch f {
	case deploy.FormatServerless:
		return "set functionResponseType: ReportBatchItemFailures on the event"
	case deploy.FormatTerraform:
		return `set function_response_types = ["ReportBatchItemFailures"] on the mapping`
	}
	return "add FunctionResponseTypes: [ReportBatchItemFailures] to the mapping"
}

// batchEventName returns the name of the batch event of aws-lambda-go
// that h receives (SQSEvent), or false.
func batchEventName(pass *analysis.Pass, h handler) (string, bool) {
	sig := h.f.Signature(pass.TypesInfo)
	if sig == nil {
		return "", false
	}
	for i := range sig.Params().Len() {
		t := sig.Params().At(i).Type()
		if p, ok := types.Unalias(t).(*types.Pointer); ok {
			t = p.Elem()
		}
		for name := range batchTriggers {
			if knowledge.IsNamed(t, knowledge.LambdaEvents, name) {
				return name, true
			}
		}
	}
	return "", false
}

// failsSometimes reports whether a return statement of f's own body
// gives an error that is not the literal nil: a handler that never
// fails has no batch to retry.
func failsSometimes(f *funcmodel.Func) bool {
	fails := false
	f.Inspect(func(n ast.Node) bool {
		ret, ok := n.(*ast.ReturnStmt)
		if !ok || len(ret.Results) == 0 {
			return !fails
		}
		if id, ok := ast.Unparen(ret.Results[len(ret.Results)-1]).(*ast.Ident); !ok || id.Name != "nil" {
			fails = true
		}
		return !fails
	})
	return fails
}
