// Package hdep keeps strings in fields and package-level variables, for
// the held probe.
package hdep

func use(string) {}

// Region is given one value here; other packages may give it others.
var Region = "eu"

// An Env's Zone is given no value here: the packages that load it
// decide.
type Env struct {
	Zone string // want Zone:`holds no string`
}

// region is given one value, and no other package can give it one.
var region = "eu"

func local() { use(region) } // want `holds "eu"`

// Mixed is given two values.
var Mixed = "a"

// SetMixed gives Mixed its second value.
func SetMixed() { Mixed = "b" }

// A Conf keeps the name its exported constructor is given: the packages
// that call New decide what it holds.
type Conf struct {
	Name string // want Name:`holds what its callers give New parameter 0`
	tier string
}

// New builds a Conf.
func New(name string) *Conf { return &Conf{Name: name, tier: tierOf("gold")} }

// tierOf is unexported: every call of the package gives it "gold".
func tierOf(t string) string { return t }

// Tier reads a field whose every value is "gold"... through tierOf's
// result, which is not followed.
func (c *Conf) Tier() { use(c.tier) } // want `unknown`

// Show reads the name, which the callers of New give.
func (c *Conf) Show() { use(c.Name) } // want `unknown`

// A pair's fields are given each other's values and one constant.
type pair struct{ a, b string }

func (p *pair) swap() {
	p.a = p.b
	p.b = p.a
	p.b = "k"
	use(p.a) // want `holds "k"`
}

// A label is given the parameter of an unexported constructor, which
// every call of the package gives "x".
type label struct{ text string }

func newLabel(text string) label { return label{text: text} }

var (
	l1 = newLabel("x")
	l2 = newLabel("x")
)

func show() {
	use(l1.text) // want `holds "x"`
	_ = l2
}
