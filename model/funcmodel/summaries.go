package funcmodel

import (
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/internal/knowledge"
)

// Summaries holds what the functions of third-party dependencies do
// (see Model.Summarized) when a driver did not analyze those
// dependencies in this run but kept their facts from an earlier one (in
// fnlint's cache): the facts that the analyzers exported for them then,
// which the analyzers find through Model.Summary where Pass's
// ImportObjectFact finds nothing.
type Summaries map[SummaryKey]Summary

// A SummaryKey names one effect of one function.
type SummaryKey struct {
	Effect string // the fact's effect (SummaryFact.Summary)
	Func   string // knowledge.Key of the function
}

// A Summary is a summarized function's fact: the calls it makes on the
// way to the cause of the effect, nearest first, and the cause, in a
// stable encoding that the effect's owner reads back (the JSON of
// effects.Cause's struct), so that a driver stores it as it is.
type Summary struct {
	Path  []string
	Cause string
}

// A SummaryFact is an analysis fact that summarizes a function of a
// dependency: a driver keeps it, keyed by the fact's effect and the
// function's knowledge.Key, to give it back in Config.Summaries.
type SummaryFact interface {
	analysis.Fact
	Summary() (effect string, s Summary)
}

// Summary returns the summary of fn's effect that the driver kept, if
// any (see Summaries).
func (m *Model) Summary(effect string, fn *types.Func) (Summary, bool) {
	if len(m.summaries) == 0 {
		return Summary{}, false
	}
	s, ok := m.summaries[SummaryKey{effect, knowledge.Key(fn)}]
	return s, ok
}
