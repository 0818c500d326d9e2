package respond

import (
	"go/ast"

	"golang.org/x/tools/go/cfg"

	"github.com/fnlint/fnlint/model/funcmodel"
)

// A State is a set of the states of the response on the paths that
// reach a node of a function.
type State uint8

const (
	Unwritten    State = 1 << iota // nothing has written the response
	MayBeWritten                   // code that may write it has run
	Written                        // it has been written
)

// after returns the states after a node with use u, from states s.
func (u Use) after(s State) State {
	switch u {
	case Wrote:
		if s != 0 {
			return Written
		}
	case May:
		out := s & Written
		if s&(Unwritten|MayBeWritten) != 0 {
			out |= MayBeWritten
		}
		return out
	}
	return s
}

// States returns the states of the response written through f's
// parameter index with which control reaches each node of f's
// control-flow graph (0, or no entry, for a node no path reaches): a
// forward data flow from the entry over the set of states, which grows
// at most three times per block, so it costs time linear in the size of
// the graph. The result is the caller's to keep.
func (r *Result) States(f *funcmodel.Func, index int) map[ast.Node]State {
	at, _ := r.flow(f, index)
	return at
}

// mustWrite reports whether f writes through its parameter index on
// every path that returns, for certain: the response is written on
// every return.
func (r reader) mustWrite(f *funcmodel.Func, index int) bool {
	_, exit := r.flow(f, index)
	return exit == Written
}

// flow computes States, and the states with which control leaves f by
// its returns.
func (r reader) flow(f *funcmodel.Func, index int) (at map[ast.Node]State, exit State) {
	at = make(map[ast.Node]State)
	g := r.graphs.Of(f)
	if g == nil || len(g.Blocks) == 0 {
		return at, 0
	}
	ws := r.writerSet(f, index)
	uses := make(map[ast.Node]Use)
	in := make([]State, len(g.Blocks))
	queued := make([]bool, len(g.Blocks))
	in[0], queued[0] = Unwritten, true
	work := []*cfg.Block{g.Blocks[0]}
	for len(work) > 0 {
		b := work[len(work)-1]
		work = work[:len(work)-1]
		queued[b.Index] = false
		s := in[b.Index]
		for _, n := range b.Nodes {
			at[n] |= s
			u, ok := uses[n]
			if !ok {
				u = r.useOf(n, ws)
				uses[n] = u
			}
			s = u.after(s)
		}
		if len(b.Succs) == 0 && b.Live && b.Return() != nil {
			exit |= s
		}
		for _, succ := range b.Succs {
			if in[succ.Index]|s != in[succ.Index] {
				in[succ.Index] |= s
				if !queued[succ.Index] {
					queued[succ.Index] = true
					work = append(work, succ)
				}
			}
		}
	}
	return at, exit
}
