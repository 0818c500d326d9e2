package funcmodel_test

import (
	"testing"

	"github.com/fnlint/fnlint/internal/deploy"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// TestDeployedConcurrency checks what one or several deployments say
// about the invocations an instance serves at once and about freezing:
// only what every deployment says, and never a guessed default.
func TestDeployedConcurrency(t *testing.T) {
	known := func(v int64) deploy.Value[int64] { return deploy.Value[int64]{State: deploy.Known, V: v} }
	gen := func(g int) deploy.Value[int] { return deploy.Value[int]{State: deploy.Known, V: g} }
	managed := deploy.Value[bool]{State: deploy.Known, V: true}
	gcf := func(kind string) *deploy.Function {
		return &deploy.Function{Platform: deploy.CloudRunFunctions, Format: deploy.FormatShell, Kind: kind}
	}
	sam := func() *deploy.Function {
		return &deploy.Function{Platform: deploy.Lambda, Format: deploy.FormatCloudFormation, Kind: "AWS::Serverless::Function"}
	}
	with := func(fn *deploy.Function, f func(*deploy.Function)) *deploy.Function { f(fn); return fn }

	for _, tc := range []struct {
		name string
		fns  []*deploy.Function
		c    funcmodel.Concurrency
		fr   funcmodel.Freezing
	}{
		{"none", nil, funcmodel.ConcurrencyUnknown, funcmodel.FreezingUnknown},
		{"gen1", []*deploy.Function{with(gcf(deploy.KindGcloudFunctions), func(f *deploy.Function) { f.Generation = gen(1) })}, funcmodel.OneAtATime, funcmodel.Frozen},
		{"gen2 default", []*deploy.Function{with(gcf(deploy.KindGcloudFunctions), func(f *deploy.Function) { f.Generation = gen(2) })}, funcmodel.OneAtATime, funcmodel.Frozen},
		{"gen2 80", []*deploy.Function{with(gcf(deploy.KindGcloudFunctions), func(f *deploy.Function) { f.Generation, f.Concurrency = gen(2), known(80) })}, funcmodel.Concurrent, funcmodel.Frozen},
		{"gen2 1", []*deploy.Function{with(gcf(deploy.KindGcloudFunctions), func(f *deploy.Function) { f.Generation, f.Concurrency = gen(2), known(1) })}, funcmodel.OneAtATime, funcmodel.Frozen},
		{"generation unwritten", []*deploy.Function{gcf(deploy.KindGcloudFunctions)}, funcmodel.ConcurrencyUnknown, funcmodel.FreezingUnknown},
		{"concurrency variable", []*deploy.Function{with(gcf(deploy.KindGcloudFunctions), func(f *deploy.Function) {
			f.Generation, f.Concurrency = gen(2), deploy.Value[int64]{State: deploy.Unknown, Text: "$CONCURRENCY"}
		})}, funcmodel.ConcurrencyUnknown, funcmodel.Frozen},
		{"run deploy default", []*deploy.Function{with(gcf(deploy.KindGcloudRun), func(f *deploy.Function) { f.Generation = gen(2) })}, funcmodel.Concurrent, funcmodel.FreezingUnknown},
		{"terraform v2 default", []*deploy.Function{with(gcf(deploy.KindTerraformFunctionV2), func(f *deploy.Function) { f.Format, f.Generation = deploy.FormatTerraform, gen(2) })}, funcmodel.OneAtATime, funcmodel.Frozen},
		{"classic lambda", []*deploy.Function{sam()}, funcmodel.OneAtATime, funcmodel.Frozen},
		{"managed 8", []*deploy.Function{with(sam(), func(f *deploy.Function) { f.ManagedInstances, f.Concurrency = managed, known(8) })}, funcmodel.Concurrent, funcmodel.KeepsRunning},
		{"managed default", []*deploy.Function{with(sam(), func(f *deploy.Function) { f.ManagedInstances = managed })}, funcmodel.ConcurrencyUnknown, funcmodel.KeepsRunning},
		{"serverless reads no capacity provider", []*deploy.Function{{Platform: deploy.Lambda, Format: deploy.FormatServerless, Kind: "serverless"}}, funcmodel.ConcurrencyUnknown, funcmodel.FreezingUnknown},
		{"disagree", []*deploy.Function{sam(), with(sam(), func(f *deploy.Function) { f.ManagedInstances, f.Concurrency = managed, known(8) })}, funcmodel.ConcurrencyUnknown, funcmodel.FreezingUnknown},
		{"agree", []*deploy.Function{sam(), sam()}, funcmodel.OneAtATime, funcmodel.Frozen},
	} {
		t.Run(tc.name, func(t *testing.T) {
			entries := []*funcmodel.Entry{{Name: "F", Deployed: tc.fns}}
			if c := funcmodel.DeployedConcurrency(entries); c != tc.c {
				t.Errorf("DeployedConcurrency = %d, want %d", c, tc.c)
			}
			if fr := funcmodel.DeployedFreezing(entries); fr != tc.fr {
				t.Errorf("DeployedFreezing = %d, want %d", fr, tc.fr)
			}
		})
	}
	// An entry point without a deployment makes the answer unknown,
	// whatever the others say.
	both := []*funcmodel.Entry{{Name: "A", Deployed: []*deploy.Function{sam()}}, {Name: "B"}}
	if c := funcmodel.DeployedConcurrency(both); c != funcmodel.ConcurrencyUnknown {
		t.Errorf("one entry undeployed: DeployedConcurrency = %d, want unknown", c)
	}
}
