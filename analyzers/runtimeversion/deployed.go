package runtimeversion

import (
	"fmt"
	"path/filepath"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/internal/deploy"
	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// deployed reports the runtimes that the deployment files set for the
// package's entry points (see funcmodel.Entry.Deployed), at the runtime
// setting, and returns whether every Cloud Run function entry point of
// the package has a deployment that names its runtime: the go directive
// then does not stand for the runtime.
func deployed(pass *analysis.Pass, m *funcmodel.Model, day time.Time, goMinor int, hasGo bool, goMod func() (goDirective, bool)) (runtimesKnown bool) {
	runtimesKnown = true
	cloud := false
	seen := make(map[*deploy.Function]bool)
	for _, e := range m.Entries {
		if e.Judged {
			continue
		}
		if e.Platform == funcmodel.CloudRun {
			cloud = true
			known := len(e.Deployed) > 0
			for _, fn := range e.Deployed {
				known = known && fn.Runtime.IsKnown()
			}
			runtimesKnown = runtimesKnown && known
		}
		for _, fn := range e.Deployed {
			if seen[fn] {
				continue
			}
			seen[fn] = true
			id, ok := fn.Runtime.Get()
			if !ok {
				continue
			}
			var msg string
			var related []analysis.RelatedInformation
			switch fn.Platform {
			case deploy.Lambda:
				msg = judgeLambda(id, day)
			case deploy.CloudRunFunctions:
				msg = judgeDeployed(id, day)
				if msg == "" && hasGo && shipsGoMod(pass, fn) {
					if msg = newerDirective(id, goMinor); msg != "" {
						if d, ok := goMod(); ok {
							related = append(related, analysis.RelatedInformation{Pos: d.pos, End: d.end, Message: "the go directive"})
						}
					}
				}
			}
			if msg == "" || m.DeploySilenced(fn.Runtime.Pos, "runtimeversion") {
				continue
			}
			pos := m.DeployPos(fn.Runtime.Pos)
			if !pos.IsValid() {
				continue
			}
			related = append(related, analysis.RelatedInformation{Pos: e.Pos, Message: fmt.Sprintf("the entry point %s that %s deploys", e.Name, fn.ID)})
			pass.Report(analysis.Diagnostic{Pos: pos, End: funcmodel.DeployEnd(m, fn.Runtime), Message: msg, Related: related})
		}
	}
	return cloud && runtimesKnown
}

// shipsGoMod reports whether the Cloud Run function fn's source holds
// the module's go.mod, so that the platform builds it by the module's
// go directive: a source directory below the module root (an archive of
// one package's directory) ships no go.mod, and the build does not read
// the directive at all. An unknown source directory counts as the root.
func shipsGoMod(pass *analysis.Pass, fn *deploy.Function) bool {
	dir, ok := fn.Entry.Dir.Get()
	if !ok || pass.Module == nil || pass.Module.GoMod == "" {
		return true
	}
	return filepath.Clean(dir) == filepath.Dir(pass.Module.GoMod)
}

// judgeLambda returns the diagnostic for a Lambda function deployed on
// runtime id on day, or "".
func judgeLambda(id string, day time.Time) string {
	rt, ok := knowledge.LambdaRuntimeOf(id)
	if !ok {
		return ""
	}
	const move = "build the handler as an executable named bootstrap and deploy it on provided.al2023"
	if rt.ID == "go1.x" || rt.ID == "provided" {
		if !passed(rt.Deprecated.Certain(), day) {
			return ""
		}
		what := "the Go 1.x managed runtime"
		if rt.ID == "provided" {
			what = "the custom runtime on Amazon Linux 1"
		}
		return fmt.Sprintf("runtime %s, %s, is deprecated since %s: Lambda no longer patches it and blocks creating and updating functions on it; %s", rt.ID, what, rt.Deprecated, move)
	}
	next := "move to provided.al2023"
	if rt.ID == "provided.al2023" {
		next = "move to the OS-only runtime that replaces it"
	}
	switch {
	case passed(rt.BlockUpdate.Certain(), day):
		return fmt.Sprintf("runtime %s was deprecated on %s and Lambda blocks updating functions on it since %s, so deployments fail; %s", rt.ID, rt.Deprecated, rt.BlockUpdate, next)
	case passed(rt.BlockCreate.Certain(), day):
		return fmt.Sprintf("runtime %s is deprecated since %s and Lambda blocks creating functions on it since %s and updating them from %s, when deployments fail; %s", rt.ID, rt.Deprecated, rt.BlockCreate, rt.BlockUpdate, next)
	case passed(rt.Deprecated.Certain(), day):
		return fmt.Sprintf("runtime %s is deprecated since %s and gets no security patches; Lambda blocks creating functions on it from %s and updating them from %s; %s", rt.ID, rt.Deprecated, rt.BlockCreate, rt.BlockUpdate, next)
	}
	return ""
}

// judgeDeployed returns the diagnostic for a Cloud Run function deployed
// on runtime id (go122) on day, or "".
func judgeDeployed(id string, day time.Time) string {
	_, minor, ok := knowledge.CloudRuntimeOf(id)
	if !ok {
		return "" // another language's runtime, or an id of another shape
	}
	return judge(fmt.Sprintf("the deployment selects Go 1.%d", minor), minor, day)
}

// newerDirective returns the diagnostic for a module whose go directive
// requires Go 1.goMinor deployed on the Cloud Run functions runtime id,
// when the runtime's Go is older; "" otherwise.
func newerDirective(id string, goMinor int) string {
	_, minor, ok := knowledge.CloudRuntimeOf(id)
	if !ok || goMinor <= minor {
		return ""
	}
	return fmt.Sprintf("go.mod requires Go 1.%d, newer than runtime %s (Go 1.%d): the platform builds the function with Go 1.%d, which does not build a module that requires a newer Go; deploy on go1%d or later, or lower the go directive", goMinor, id, minor, minor, goMinor)
}
