// Package effects is fnlint's one effect engine. An analyzer states an
// effect declaratively: its cause (what a statement does directly:
// terminates the process, starts a goroutine, writes a global), which
// edges of the execution model carry it from callee to caller, and what
// guards it (a lock held at the statement or the call). The engine finds
// the causes, propagates the effect backwards over the call graph of the
// package, exports one fact per function that has it for the packages
// that import it, and returns the sites in the code an analyzer judges
// (chosen by the function's phase) where a diagnostic belongs.
//
// Everything is generic in the effect's cause type C (a Cause): a small
// struct, one type per effect, that says what the statement does (the
// function called, the variable written) in fields, so that an analyzer
// reads its parts back as such, never parsing a string. The fact,
// Fact[C], keeps the path of calls apart from the cause, so a message
// can name both whatever the length of the path. Facts are exported and
// imported on the origin of generic functions and methods.
//
// An effect that a function has only inside an if statement testing
// one of its parameters, or a field of one, is conditional on it: the
// chains and facts of the user's own packages keep the condition
// (When), and a call whose arguments make it statically false (a
// struct literal that leaves the flag false) does not carry the effect
// to its caller; conds.go has the rules.
//
// A rule about a value rather than a statement (a context given to a
// constructor whose client is kept, a context parameter passed to no
// call) states a sink in a ParamSpec[C] instead: FollowParams follows
// the values given as parameters to the sink, through calls, the
// literals that capture them, the function values and method values
// the execution model resolves, and other packages' ParamFact[C], and
// returns the places where a value it does not follow further (an
// entry point's context) reaches the sink. A rule whose property of a
// parameter is a must/may value on the control flow rather than a sink
// reached (writes the response on every path) states one function's
// value in a SummarySpec[C]; SummarizeParams computes the package's to
// their fixed point and keeps them in the same ParamFact[C]. Both kinds
// of fact, and the summaries a driver keeps of them, are read through
// one lookup.
//
// A rule about a value kept for later (a context made at cold start
// and kept in a service's field, a package-level ctx) states in a
// HeldSpec[O] which fields and variables carry it and the origin of a
// value stored; FollowHeld merges the stores of the package, follows
// stored parameters to the arguments of constructors' calls, and
// keeps what other packages must decide in a HeldFact[O] on the field
// or variable.
package effects

import (
	"encoding/json"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// maxPath bounds the length of the paths the engine records.
const maxPath = 5

// A Cause is the cause of an effect: a small struct, one type per
// effect, whose exported fields say what the statement does, so that
// gob encodes it in facts and encoding/json in the summaries a driver
// keeps (it needs at least one exported field, and only exported ones
// travel). Its type names the effect (Label, "exits via", in a fact's
// String and as the key of summaries) and its value names the cause in
// messages (String, "log.Fatalf").
type Cause interface {
	Label() string
	String() string
}

// Fact records that a function has the effect whose cause type is C.
type Fact[C Cause] struct {
	Path  []string // the functions called on the way to the cause, nearest first; empty when the function's own code causes it
	Cause C
	When  []Guard // the function has the effect only when one of these holds; nil: whatever its arguments (see conds.go)
	// Judged reports that the function's own package judges its code
	// for the effect (the analyzer's judge accepts it): it reports the
	// sites there, so a call of it adds nothing (see judgedThere).
	Judged bool
}

func (*Fact[C]) AFact() {}

// Summary returns the fact as a summary of a dependency's function, for
// drivers that keep facts across runs (funcmodel.Summaries): the
// effect is C's label, and the summary's cause the JSON encoding of the
// fact's.
func (f *Fact[C]) Summary() (string, funcmodel.Summary) {
	data, err := json.Marshal(f.Cause)
	if err != nil {
		// A cause that does not encode (a broken invariant: causes are
		// structs of strings) keeps an empty cause, which Imported
		// does not decode: the dependency's function is summarized
		// without the effect, and nothing is reported through it.
		data = nil
	}
	return f.Cause.Label(), funcmodel.Summary{Path: f.Path, Cause: string(data)}
}

func (f *Fact[C]) String() string {
	return f.Cause.Label() + " " + strings.Join(append(append([]string(nil), f.Path...), f.Cause.String()), " -> ") + whenString(f.When)
}

// A Chain explains how a body has an effect.
type Chain[C Cause] struct {
	Path  []string // the calls that lead to the cause, nearest first
	Cause C
	When  []Guard // the body has the effect only when one of these holds; nil: always
	// Judged reports, for a function of another package, that its
	// package judges its code for the effect (see Fact.Judged).
	Judged bool
}

// A Spec describes an effect whose cause type is C.
type Spec[C Cause] struct {
	// Cause returns the cause of the effect at the node at c, in f's
	// own code, and true, when the node causes it directly.
	Cause func(f *funcmodel.Func, c inspector.Cursor) (C, bool)
	// Carry says which edges carry the effect from callee to caller.
	Carry func(funcmodel.Edge) bool
	// Guarded, if set, reports whether the effect at node n of f (a
	// cause, or a call carrying it) is guarded there: then it does not
	// count.
	Guarded func(f *funcmodel.Func, n ast.Node) bool
	// Summarize, if set, makes the effect part of the summaries of
	// third-party dependencies (funcmodel.Model.Summarized): it is
	// derived from their code and propagated through their calls like
	// the user's own, and an exported function f of a dependency that
	// has it keeps it in its fact when Summarize(f) holds. An effect
	// without it is not derived in dependencies at all: what it means
	// there is not what it means in function code (a library's writes
	// to its own globals are guarded by its own design; its goroutines
	// are its own business).
	Summarize func(f *funcmodel.Func) bool
}

// All is a Spec.Summarize that keeps the effect in the summary of every
// exported function that has it.
func All(*funcmodel.Func) bool { return true }

// Summarizes reports whether m is a dependency's model and spec derives
// the effect in dependencies; the analyzer then exports the effect's
// facts and judges nothing.
func (spec Spec[C]) Summarizes(m *funcmodel.Model) bool {
	return m.Summarized && spec.Summarize != nil
}

// A Site is where judged code has the effect: a direct cause (Path nil),
// a call of a function of another package whose fact says it has the
// effect, or the registration of an entry point declared in another
// package that has it (Entry set).
type Site[C Cause] struct {
	Func  *funcmodel.Func // the body holding the site; nil for a registration
	Node  ast.Node
	Name  string   // the cause's String, or the function called or registered
	Path  []string // for a call: the calls from the site to the cause, the callee first
	Cause C
	Entry *funcmodel.Entry // the entry point registered, for a registration site
	// Callee is the function of another package that a call or
	// registration site calls or registers: the other end a diagnostic
	// names as related (its declaration); nil for a direct cause.
	Callee *types.Func
}

// Entries returns the entry points whose code holds the site.
func (s Site[C]) Entries() []*funcmodel.Entry {
	if s.Entry != nil {
		return []*funcmodel.Entry{s.Entry}
	}
	return s.Func.Entries
}

// Platform returns the platforms whose rules judge the site (see
// funcmodel.Model.PlatformOf).
func (s Site[C]) Platform(m *funcmodel.Model) funcmodel.Platform {
	if s.Entry != nil {
		return funcmodel.Platforms([]*funcmodel.Entry{s.Entry})
	}
	return m.PlatformOf(s.Func)
}

// Via explains the path of a call site: "calls a, which calls b", or
// for a registration `registers a (entry point "X"), which calls b`.
func (s Site[C]) Via() string {
	if s.Entry != nil {
		rest := Explain(s.Path[1:])
		if rest != "" {
			rest = ", which " + rest
		}
		return "registers " + s.Path[0] + " (entry point " + quote(s.Entry.Name) + ")" + rest
	}
	return Explain(s.Path)
}

// Declared returns the related position of a call or registration
// site: the declaration of the function of another package it calls or
// registers, saying what that function does (what, as "calls
// smtp.SendMail" or "writes hits", after the rest of the path: "a
// calls b, which writes hits"); nil for a direct cause, or when the
// declaration's position is unknown.
func (s Site[C]) Declared(what string) []analysis.RelatedInformation {
	if s.Callee == nil || !s.Callee.Pos().IsValid() || len(s.Path) == 0 {
		return nil
	}
	msg := s.Path[0] + " "
	if rest := Explain(s.Path[1:]); rest != "" {
		msg += rest + ", which "
	}
	return []analysis.RelatedInformation{{Pos: s.Callee.Pos(), End: s.Callee.Pos() + token.Pos(len(s.Callee.Name())), Message: msg + what}}
}

// Explain renders a path as "calls a, which calls b, which calls c".
func Explain(path []string) string {
	s := ""
	for i, name := range path {
		if i == 0 {
			s = "calls " + name
		} else {
			s += ", which calls " + name
		}
	}
	return s
}

func quote(s string) string { return `"` + s + `"` }

// Run computes the effect E for the package, exports facts for its
// exported functions that have it, and returns the sites in the bodies
// that judge selects, in source order, followed by the registrations of
// entry points declared elsewhere that have it and that their own
// package does not judge.
func Run[C Cause](pass *analysis.Pass, m *funcmodel.Model, spec Spec[C], judge func(*funcmodel.Func) bool) []Site[C] {
	chains := propagate(pass, m, spec, judge)
	if m.Summarized {
		return nil // a dependency: nothing in it is judged
	}
	cs := newConds(pass, m)
	cs.conditional = func(f *funcmodel.Func) bool {
		ch, ok := chains[f]
		return ok && ch.When != nil
	}
	var sites []Site[C]
	for _, f := range m.Funcs {
		if !judge(f) {
			continue
		}
		f.Walk(func(c inspector.Cursor) bool {
			if cause, ok := spec.Cause(f, c); ok && !guarded(spec, f, c.Node()) {
				if !cs.off(m, f, cs.whenAt(f, c.Node())) {
					sites = append(sites, Site[C]{Func: f, Node: c.Node(), Name: cause.String(), Cause: cause})
				}
			} else if name, ch, ok := heldCall(pass, spec, f, c); ok && !cs.off(m, f, cs.whenAt(f, c.Node())) {
				sites = append(sites, Site[C]{Func: f, Node: c.Node(), Name: name, Path: ch.Path, Cause: ch.Cause})
			}
			return true
		})
		for _, e := range f.ImportedCalls(pass.Pkg, spec.Carry) {
			ch, ok := Imported[C](pass, m, e.Callee)
			if !ok || guarded(spec, f, e.Node) || judgedThere(m, f, e.Callee, ch) {
				continue
			}
			if when, flows := cs.through(f, e, ch.When); flows && !cs.off(m, f, when) {
				name := knowledge.ShortName(e.Callee)
				sites = append(sites, Site[C]{Func: f, Node: e.Node, Name: name, Path: append([]string{name}, ch.Path...), Cause: ch.Cause, Callee: e.Callee})
			}
		}
	}
	for _, e := range m.Entries {
		if e.Func != nil || e.Obj == nil || e.Arg == nil || e.Judged || e.Obj.Pkg() == pass.Pkg {
			continue
		}
		if ch, ok := Imported[C](pass, m, e.Obj); ok {
			name := knowledge.ShortName(e.Obj)
			sites = append(sites, Site[C]{Node: e.Arg, Name: name, Path: append([]string{name}, ch.Path...), Cause: ch.Cause, Entry: e, Callee: e.Obj})
		}
	}
	return sites
}

// judgedThere reports whether the effect of the call of callee, a
// function of another package, from f is reported in callee's own
// package, so that the call adds nothing: the analyzer judges callee
// there (Chain.Judged), callee is function code there in every phase
// in which f runs (a driver that sees the whole module
// tells each package which of its functions the entry points of others
// reach: funcmodel.Config.Registered), and its effect is unconditional
// (a conditional one is judged at the calls, whose arguments decide
// it: see conds.go).
func judgedThere[C Cause](m *funcmodel.Model, f *funcmodel.Func, callee *types.Func, ch Chain[C]) bool {
	if ch.When != nil || !ch.Judged {
		return false
	}
	// Cold start aside: the judged phases leave it out (a helper is no
	// cold-start code of the entry points that reach it), and code that
	// runs at cold start and on invocations (a handler that main also
	// calls once) is judged as the invocations' by the helper's package.
	judged, runs := m.JudgedElsewhere(callee), f.Phase&^funcmodel.ColdStart
	return judged != 0 && runs != 0 && runs&judged == runs
}

// Imported returns the chain of fn, a function of another package, from
// its fact, or from the summary the driver kept of it (see
// funcmodel.Summaries) when its package was not analyzed in this run.
// A summary whose cause does not decode as a C is none.
func Imported[C Cause](pass *analysis.Pass, m *funcmodel.Model, fn *types.Func) (Chain[C], bool) {
	fact := new(Fact[C])
	ok := imported(pass, m, fn, fact, fact.Cause.Label(), func(s funcmodel.Summary) bool {
		fact.Path = s.Path
		return json.Unmarshal([]byte(s.Cause), &fact.Cause) == nil
	})
	return Chain[C](*fact), ok
}

// imported is how every rule consults what a function of another
// package does: it fills fact with fn's fact of its type, or else
// decodes, with decode, the summary of the effect that the driver kept
// of fn (see funcmodel.Summaries), and reports whether either was
// found. Facts are looked up on the function's origin.
func imported(pass *analysis.Pass, m *funcmodel.Model, fn *types.Func, fact analysis.Fact, effect string, decode func(funcmodel.Summary) bool) bool {
	if pass.ImportObjectFact(fn.Origin(), fact) {
		return true
	}
	if s, ok := m.Summary(effect, fn); ok {
		return decode(s)
	}
	return false
}

// Propagate computes which bodies of the package have the effect, with
// a shortest chain for each, and exports the facts of the exported
// functions. It is a breadth-first search backwards over the call graph
// from the bodies that have the effect on their own, so it costs time
// linear in the size of the graph and terminates on recursion. A body
// reaches the effect through a literal it contains without the
// literal's name entering the path.
//
// In a dependency's model (funcmodel.Model.Summarized) it does so only
// for an effect that spec summarizes, and exports only the facts of the
// functions Summarize selects.
func Propagate[C Cause](pass *analysis.Pass, m *funcmodel.Model, spec Spec[C]) map[*funcmodel.Func]Chain[C] {
	return propagate(pass, m, spec, nil)
}

// propagate is Propagate; the facts of the functions that judge, if
// not nil, accepts say that they are judged (Fact.Judged).
func propagate[C Cause](pass *analysis.Pass, m *funcmodel.Model, spec Spec[C], judge func(*funcmodel.Func) bool) map[*funcmodel.Func]Chain[C] {
	chains := make(map[*funcmodel.Func]Chain[C])
	if m.Summarized && spec.Summarize == nil {
		return chains
	}
	cs := newConds(pass, m)
	var queue []*funcmodel.Func
	queued := make(map[*funcmodel.Func]bool)
	// add gives f the effect by ch, or widens the When of the chain it
	// has (keeping the chain found first, a shortest one); f is queued
	// when either changes its callers.
	add := func(f *funcmodel.Func, ch Chain[C]) {
		old, had := chains[f]
		if had {
			when := orWhen(old.When, ch.When)
			if equalWhen(when, old.When) {
				return
			}
			old.When = when
			ch = old
		}
		chains[f] = ch
		if !queued[f] {
			queued[f] = true
			queue = append(queue, f)
		}
	}
	unconditional := func(f *funcmodel.Func) bool {
		ch, ok := chains[f]
		return ok && ch.When == nil
	}
	for _, f := range m.Funcs {
		f.Walk(func(c inspector.Cursor) bool {
			if cause, ok := spec.Cause(f, c); ok && !guarded(spec, f, c.Node()) {
				add(f, Chain[C]{Cause: cause, When: cs.whenAt(f, c.Node())})
				return !unconditional(f)
			}
			if _, ch, ok := heldCall(pass, spec, f, c); ok {
				ch.When = cs.whenAt(f, c.Node())
				add(f, ch)
				return !unconditional(f)
			}
			return !unconditional(f)
		})
	}
	type caller struct {
		from *funcmodel.Func
		edge funcmodel.Edge
	}
	callers := make(map[*funcmodel.Func][]caller)
	// A guard is asked for only where the effect would pass: guards may
	// cost time linear in a body.
	for _, f := range m.Funcs {
		for _, e := range f.Edges {
			if !spec.Carry(e) {
				continue
			}
			if t := m.Target(e); t != nil {
				callers[t] = append(callers[t], caller{f, e})
			} else if !unconditional(f) && e.Callee != nil && e.Callee.Pkg() != m.Pkg {
				if ch, ok := Imported[C](pass, m, e.Callee); ok && !guarded(spec, f, e.Node) {
					if when, flows := cs.through(f, e, ch.When); flows {
						add(f, Chain[C]{Path: clip(append([]string{knowledge.ShortName(e.Callee)}, ch.Path...)), Cause: ch.Cause, When: when})
					}
				}
			}
		}
	}
	for len(queue) > 0 {
		t := queue[0]
		queue = queue[1:]
		queued[t] = false
		ch := chains[t]
		for _, c := range callers[t] {
			if unconditional(c.from) || guarded(spec, c.from, c.edge.Node) {
				continue
			}
			when, flows := cs.through(c.from, c.edge, ch.When)
			if !flows {
				continue
			}
			path := ch.Path
			if t.Obj != nil {
				path = append([]string{knowledge.ShortName(t.Obj)}, path...)
			}
			add(c.from, Chain[C]{Path: clip(path), Cause: ch.Cause, When: when})
		}
	}
	for _, f := range m.Funcs {
		if ch, ok := chains[f]; ok && f.Obj != nil && f.Obj.Exported() && (!m.Summarized || spec.Summarize(f)) {
			judged := judge != nil && !m.Summarized && judge(f)
			pass.ExportObjectFact(f.Obj, &Fact[C]{Path: ch.Path, Cause: ch.Cause, When: ch.When, Judged: judged})
		}
	}
	exportHeld(pass, m, spec, chains)
	return chains
}

func guarded[C Cause](spec Spec[C], f *funcmodel.Func, n ast.Node) bool {
	return spec.Guarded != nil && spec.Guarded(f, n)
}

func clip(path []string) []string { return path[:min(len(path), maxPath)] }
